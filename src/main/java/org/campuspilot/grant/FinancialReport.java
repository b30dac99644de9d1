package org.campuspilot.grant;

import org.campuspilot.campus.Campus;

/**
 * What the compte rendu financier of a grant (Cerfa 15059) shows: the association that received it (the campus's
 * identity; null before it is filled in), the grant, what it received and financed, and its financial year's budget,
 * forecast against actual, line by line.
 */
public record FinancialReport(Campus campus, Grant grant, GrantProgress progress, BudgetFollowUp figures) {
    /** The campus's name, empty without an identity. */
    public String campusName() {
        return campus == null ? "" : campus.name();
    }
}
