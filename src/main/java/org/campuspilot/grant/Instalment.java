package org.campuspilot.grant;

import java.time.LocalDate;
import java.util.Locale;
import org.campuspilot.shared.Money;

/**
 * One payment of a grant's schedule: what is expected, when and on what condition, and what was received.
 *
 * @param receivedOn the day the money arrived, or null; {@code received} is set exactly when this is
 */
public record Instalment(Long id, InstalmentKind kind, LocalDate expectedOn, Money expected, String condition,
        LocalDate receivedOn, Money received) {

    /** Where an instalment stands on a given day. */
    public enum State {
        /** Received in full (or more). */
        RECU,
        /** Received, but less than expected. */
        PARTIEL,
        /** The expected day has passed and nothing was received. */
        EN_RETARD,
        /** Not received, not yet due (or no date given). */
        A_VENIR;

        public boolean needsAttention() {
            return this == PARTIEL || this == EN_RETARD;
        }

        public String messageKey() {
            return "grant.instalment.state." + name().toLowerCase(Locale.ROOT);
        }
    }

    public State state(LocalDate today) {
        if (receivedOn != null) {
            return received.compareTo(expected) >= 0 ? State.RECU : State.PARTIEL;
        }
        return expectedOn != null && expectedOn.isBefore(today) ? State.EN_RETARD : State.A_VENIR;
    }

    public Money receivedOrZero() {
        return received == null ? Money.ZERO : received;
    }
}
