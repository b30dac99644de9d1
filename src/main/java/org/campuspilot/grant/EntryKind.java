package org.campuspilot.grant;

import java.util.Locale;

/** An expense (on a charge line or 86) or other income (on a produit line or 87). */
public enum EntryKind {
    EXPENSE,
    INCOME;

    /** True when a line of this side may carry an entry of this kind. */
    public boolean accepts(BudgetLine line) {
        if (!line.takesAmounts()) {
            return false;
        }
        return switch (this) {
            case EXPENSE -> line.side() == BudgetLine.Side.CHARGE || line.side() == BudgetLine.Side.CONTRIBUTION_EMPLOI;
            case INCOME -> line.side() == BudgetLine.Side.PRODUIT
                    || line.side() == BudgetLine.Side.CONTRIBUTION_RESSOURCE;
        };
    }

    public String messageKey() {
        return "grant.entry.kind." + name().toLowerCase(Locale.ROOT);
    }
}
