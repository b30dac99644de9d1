package org.campuspilot.label;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A target the campus set for its label period (cahier des charges national, arrêté du 26 septembre 2019): what it
 * counts, in the director's words, how much, and whether every school year or by the end of the period.
 *
 * @param detail the value an indicator counted by one value of a list is counted by (the name of an establishment
 *     kind, a public, a level…: {@link LabelIndicator#details()}); null for the others
 * @param typed the figures typed per school year (by its first year), for a {@link LabelIndicator#MANUAL} objective
 */
public record LabelObjective(Long id, LabelIndicator indicator, String detail, String label, long target,
        Scope scope, Map<Integer, Long> typed, Instant updatedAt) {

    /** When the target is to be reached. */
    public enum Scope {
        /** Every school year of the period (1 500 young people reached per school year). */
        EACH_YEAR,
        /** By the last school year of the period (40 partner companies with a convention). */
        BY_END;

        public String messageKey() {
            return "label.scope." + name().toLowerCase(Locale.ROOT);
        }
    }

    public LabelObjective {
        typed = typed == null ? Map.of() : Map.copyOf(new TreeMap<>(typed));
        detail = indicator != null && indicator.detailed() ? detail : null;
    }

    /** The value of the indicator's list the objective counts; empty for an indicator without one. */
    public java.util.Optional<Enum<?>> detailValue() {
        return detail == null ? java.util.Optional.empty() : indicator.detail(detail);
    }
}
