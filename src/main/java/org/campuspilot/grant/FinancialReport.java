package org.campuspilot.grant;

import org.campuspilot.campus.Campus;

/**
 * What the compte rendu financier of a grant (Cerfa 15059) shows: the association that received it (the campus's
 * identity; null before it is filled in), the grant, what it received and financed, and its financial year's budget,
 * forecast against actual, line by line: the
 * budget of the project the grant funds, or the association's whole budget ({@code project} null).
 */
public record FinancialReport(Campus campus, Grant grant, GrantProgress progress, BudgetFollowUp figures,
        AnalyticProject project) {
    /** The compte rendu of a grant for the association's operation as a whole. */
    public FinancialReport(Campus campus, Grant grant, GrantProgress progress, BudgetFollowUp figures) {
        this(campus, grant, progress, figures, null);
    }

    /** The campus's name, empty without an identity. */
    public String campusName() {
        return campus == null ? "" : campus.name();
    }
}
