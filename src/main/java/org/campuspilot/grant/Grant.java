package org.campuspilot.grant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campuspilot.shared.Money;

/**
 * A grant: who pays, for which financial year and what, how much was asked and awarded, the convention, its
 * schedule of instalments, and the compte rendu financier owed to the funder afterwards.
 *
 * @param reportDueOverride the report's due date when the convention sets another one than the default
 * @param review the compte rendu's part 1, the qualitative review
 * @param indirectCosts the annex: how the indirect costs were allocated
 * @param contributions the annex: the contributions in kind
 * @param gapExplanations the annex: why a line's actual differs from its forecast, by line code
 * @param projectId the project it funds (its compte rendu reports that project alone), or null for the association's
 *     operation as a whole
 */
public record Grant(
        Long id,
        Funder funder,
        String funderName,
        int year,
        String object,
        Money requested,
        Money awarded,
        LocalDate decisionDate,
        String conventionRef,
        LocalDate conventionSignedOn,
        GrantStatus status,
        LocalDate reportDueOverride,
        LocalDate reportSentOn,
        List<Instalment> instalments,
        String review,
        String indirectCosts,
        String contributions,
        Map<String, String> gapExplanations,
        Instant updatedAt,
        Long projectId) {

    public Grant {
        instalments = List.copyOf(instalments == null ? List.of() : instalments);
        gapExplanations = gapExplanations == null ? Map.of() : Map.copyOf(new TreeMap<>(gapExplanations));
    }

    /** A grant for the association's operation as a whole. */
    public Grant(Long id, Funder funder, String funderName, int year, String object, Money requested, Money awarded,
            LocalDate decisionDate, String conventionRef, LocalDate conventionSignedOn, GrantStatus status,
            LocalDate reportDueOverride, LocalDate reportSentOn, List<Instalment> instalments, String review,
            String indirectCosts, String contributions, Map<String, String> gapExplanations, Instant updatedAt) {
        this(id, funder, funderName, year, object, requested, awarded, decisionDate, conventionRef, conventionSignedOn,
                status, reportDueOverride, reportSentOn, instalments, review, indirectCosts, contributions,
                gapExplanations, updatedAt, null);
    }

    /** The same grant funding another project (null: the association's operation). */
    public Grant withProject(Long project) {
        return new Grant(id, funder, funderName, year, object, requested, awarded, decisionDate, conventionRef,
                conventionSignedOn, status, reportDueOverride, reportSentOn, instalments, review, indirectCosts,
                contributions, gapExplanations, updatedAt, project);
    }

    /** The compte rendu financier is due within six months after the end of the financial year. */
    public static LocalDate defaultReportDue(int year) {
        return LocalDate.of(year, 12, 31).plusMonths(6);
    }

    public LocalDate reportDue() {
        return reportDueOverride != null ? reportDueOverride : defaultReportDue(year);
    }

    /** Everything received so far. */
    public Money received() {
        Money sum = Money.ZERO;
        for (Instalment i : instalments) {
            sum = sum.plus(i.receivedOrZero());
        }
        return sum;
    }

    /** The total the schedule expects. */
    public Money scheduled() {
        Money sum = Money.ZERO;
        for (Instalment i : instalments) {
            sum = sum.plus(i.expected());
        }
        return sum;
    }

    /** The amount the budget counts on: what was awarded, once it is. */
    public Money countedAmount() {
        return status.isAwarded() && awarded != null ? awarded : Money.ZERO;
    }

    /** How the grant is named in lists and choices: « Région Bretagne 2026 — Fonctionnement du campus ». */
    public String label() {
        return funderName + " " + year + " — " + object;
    }

    public Grant withId(long newId, Instant at) {
        return new Grant(newId, funder, funderName, year, object, requested, awarded, decisionDate, conventionRef,
                conventionSignedOn, status, reportDueOverride, reportSentOn, instalments, review, indirectCosts,
                contributions, gapExplanations, at);
    }
}
