package org.campuspilot.grant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.shared.Money;

/**
 * The figures of the grant area, read from the database: a year's budget follow-up (entries and grants on their
 * lines), what a grant received and financed, and the coming deadlines. Everything that shows or exports grant
 * figures goes through here, so the screen and the documents cannot disagree.
 */
public final class GrantFigures {
    private final GrantRepository grants;
    private final BudgetRepository budgets;
    private final EntryRepository entries;
    private final ProjectRepository projects;

    public GrantFigures(GrantRepository grants, BudgetRepository budgets, EntryRepository entries,
            ProjectRepository projects) {
        this.grants = grants;
        this.budgets = budgets;
        this.entries = entries;
        this.projects = projects;
    }

    /**
     * The year's budget line by line. Expenses and income count on their lines; a grant awarded for the year counts
     * on its funder's line 74 (committed: the amount awarded; paid: the instalments received).
     */
    public BudgetFollowUp followUp(int year) {
        return followUp(year, budgets.forecast(year), entries.sums(year), grants.findByYear(year));
    }

    /** The lines' sums with each grant on its funder's line 74 (committed: awarded; paid: received). */
    private static BudgetFollowUp followUp(int year, Map<String, Money> forecast, EntryRepository.LineSums sums,
            List<Grant> ofYear) {
        Map<String, Money> committed = new HashMap<>(sums.committed());
        Map<String, Money> paid = new HashMap<>(sums.paid());
        for (Grant g : ofYear) {
            committed.merge(g.funder().lineCode(), g.countedAmount(), Money::plus);
            if (g.status().isAwarded()) {
                paid.merge(g.funder().lineCode(), g.received(), Money::plus);
            }
        }
        return BudgetFollowUp.of(year, forecast, committed, paid);
    }

    /**
     * The year's budget of one project, or of the association as a whole ({@code projectId} null): the project's
     * part of the forecast, its share of each expense and income, and the grants awarded for the year that fund it.
     */
    public BudgetFollowUp followUp(int year, Long projectId) {
        if (projectId == null) {
            return followUp(year);
        }
        return followUp(year, projects.forecast(projectId, year), entries.sums(year, projectId),
                grants.findByYearAndProject(year, projectId));
    }

    public Map<String, Money> forecast(int year) {
        return budgets.forecast(year);
    }

    /** The budget prévisionnel of a project, or of the association ({@code projectId} null). */
    public Map<String, Money> forecast(int year, Long projectId) {
        return projectId == null ? budgets.forecast(year) : projects.forecast(projectId, year);
    }

    /** The analytic projects, by name. */
    public List<AnalyticProject> projects() {
        return projects.findAll();
    }

    public java.util.Optional<AnalyticProject> project(Long id) {
        return id == null ? java.util.Optional.empty() : projects.findById(id);
    }

    public GrantProgress progress(Grant g) {
        Money[] spent = g.id() == null ? new Money[] {Money.ZERO, Money.ZERO} : entries.expensesOfGrant(g.id());
        return new GrantProgress(g.countedAmount(), g.received(), spent[0], spent[1]);
    }

    /** The grants of a financial year: how many, the amount awarded, and what the awarded ones paid so far. */
    public record YearGrants(int count, Money awarded, Money received) {
    }

    public YearGrants grantTotals(int year) {
        Money awarded = Money.ZERO;
        Money received = Money.ZERO;
        List<Grant> ofYear = grants.findByYear(year);
        for (Grant g : ofYear) {
            awarded = awarded.plus(g.countedAmount());
            received = received.plus(g.status().isAwarded() ? g.received() : Money.ZERO);
        }
        return new YearGrants(ofYear.size(), awarded, received);
    }

    public List<Grant> grantsOf(int year) {
        return grants.findByYear(year);
    }

    public List<Integer> years() {
        return budgets.years();
    }

    /**
     * What is still to come or overdue: the instalments of awarded grants not received yet, and the comptes rendus
     * financiers not sent, soonest first (undated instalments last).
     */
    public List<Deadline> deadlines(LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        for (Grant g : grants.findAll()) {
            if (!g.status().isAwarded()) {
                continue;
            }
            for (Instalment i : g.instalments()) {
                if (i.receivedOn() == null) {
                    out.add(new Deadline(i.expectedOn(), Deadline.Kind.INSTALMENT, g.id(), g.label(), i.expected(),
                            i.state(today) == Instalment.State.EN_RETARD));
                }
            }
            if (g.reportSentOn() == null) {
                out.add(new Deadline(g.reportDue(), Deadline.Kind.REPORT, g.id(), g.label(), null,
                        g.reportDue().isBefore(today)));
            }
        }
        out.sort(Comparator.comparing(Deadline::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
