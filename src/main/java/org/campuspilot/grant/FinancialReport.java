package org.campuspilot.grant;

/**
 * What the compte rendu financier of a grant (Cerfa 15059) shows: the grant, what it received and financed, and its
 * financial year's budget, forecast against actual, line by line.
 */
public record FinancialReport(String campusName, Grant grant, GrantProgress progress, BudgetFollowUp figures) {
}
