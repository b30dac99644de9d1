package org.campuspilot.grant;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Money;

/** Saves and deletes grants, expenses and income, and a year's budget prévisionnel, each in one transaction. */
public final class GrantService {
    private final Database database;
    private final GrantRepository grants;
    private final BudgetRepository budgets;
    private final EntryRepository entries;
    private final Clock clock;
    private final AttachmentRepository attachments;
    private final ProjectRepository projects;

    public GrantService(Database database, GrantRepository grants, BudgetRepository budgets, EntryRepository entries,
            Clock clock) {
        this.database = database;
        this.grants = grants;
        this.budgets = budgets;
        this.entries = entries;
        this.clock = clock;
        this.attachments = new AttachmentRepository(database);
        this.projects = new ProjectRepository(database);
    }

    /** Creates or renames an analytic project. */
    public AnalyticProject save(AnalyticProject p) {
        return database.inTransaction(c -> projects.save(p, Instant.now(clock)));
    }

    /** What deleting a project would hand back to the association's general operation. */
    public ProjectRepository.Uses uses(AnalyticProject p) {
        return projects.uses(p.id());
    }

    /**
     * Deletes a project: its part of the forecasts goes with it; the grants, expenses and income it held stay, back
     * with the association's general operation.
     */
    public void delete(AnalyticProject p) {
        database.inTransaction(c -> {
            projects.delete(p.id());
            return null;
        });
    }

    /**
     * Replaces a project's part of a year's budget prévisionnel. Refused when a line would exceed the association's
     * forecast for it: a project's budget is a part of the association's.
     */
    public void saveForecast(int year, long projectId, Map<String, Money> amounts) {
        database.inTransaction(c -> {
            Map<String, Money> whole = budgets.forecast(year);
            for (Map.Entry<String, Money> e : amounts.entrySet()) {
                if (e.getValue() != null && e.getValue().compareTo(whole.getOrDefault(e.getKey(), Money.ZERO)) > 0) {
                    throw new ProjectOverBudget(e.getKey(), whole.getOrDefault(e.getKey(), Money.ZERO));
                }
            }
            projects.replaceForecast(projectId, year, amounts);
            return null;
        });
    }

    /** A project's line above the association's: the line's code and the association's amount on it. */
    public static final class ProjectOverBudget extends RuntimeException {
        private final String lineCode;
        private final Money whole;

        ProjectOverBudget(String lineCode, Money whole) {
            super(lineCode);
            this.lineCode = lineCode;
            this.whole = whole;
        }

        public String lineCode() {
            return lineCode;
        }

        public Money whole() {
            return whole;
        }
    }

    public Grant save(Grant g) {
        return database.inTransaction(c -> grants.save(g, Instant.now(clock)));
    }

    /**
     * Saves a grant edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted it meanwhile (decision 0043).
     */
    public Grant save(Grant g, Grant base) {
        return database.inTransaction(c -> {
            org.campuspilot.db.EditConflict.check(c, "grant_award", g.id(), base, grants::findById);
            return grants.save(g, Instant.now(clock));
        });
    }

    /** Deletes the grant with its schedule; the expenses it financed stay, no longer linked to it. */
    public void delete(Grant g) {
        database.inTransaction(c -> {
            grants.delete(g.id());
            return null;
        });
    }

    public FinanceEntry save(FinanceEntry f) {
        return database.inTransaction(c -> entries.save(f, Instant.now(clock)));
    }

    /**
     * Saves an expense or income edited in a form that was filled with {@code base}: refused with an
     * {@link org.campuspilot.db.EditConflict} when someone else changed or deleted it meanwhile (decision 0043).
     */
    public FinanceEntry save(FinanceEntry f, FinanceEntry base) {
        return save(f, base, Attachment.KEEP);
    }

    /**
     * The same with a change to its pièce justificative: the entry, the file's bytes and the link are written in one
     * transaction (a save that fails leaves neither the entry changed nor a file half attached).
     */
    public FinanceEntry save(FinanceEntry f, FinanceEntry base, Attachment.Change attachment) {
        return database.inTransaction(c -> {
            org.campuspilot.db.EditConflict.check(c, "finance_entry", f.id(), base, entries::findById);
            Instant now = Instant.now(clock);
            FinanceEntry saved = entries.save(f, now);
            attachments.apply(saved.id(), attachment, now);
            return saved;
        });
    }

    /** The pièce justificative of an entry, if it has one. */
    public java.util.Optional<Attachment> attachment(long entryId) {
        return attachments.find(entryId);
    }

    /** The bytes of an attached file. */
    public byte[] attachmentContent(Attachment a) {
        return attachments.content(a.sha256());
    }

    /**
     * The expenses and income a grant justifies, in the order of their dates: those it finances and, for a grant that
     * funds a project, every entry of the project in its financial year (the compte rendu counts their share).
     */
    public java.util.List<FinanceEntry> entriesOfGrant(long grantId) {
        Grant g = grants.findById(grantId).orElse(null);
        return g == null || g.projectId() == null ? entries.findByGrant(grantId)
                : entries.findByGrantOrProject(grantId, g.projectId(), g.year());
    }

    /** The pièces justificatives of the entries a grant justifies. */
    public java.util.List<Attachment> attachmentsOfGrant(long grantId) {
        Grant g = grants.findById(grantId).orElse(null);
        return g == null || g.projectId() == null ? attachments.ofGrant(grantId)
                : attachments.ofGrantOrProject(grantId, g.projectId(), g.year());
    }

    public void delete(FinanceEntry f) {
        database.inTransaction(c -> {
            entries.delete(f.id());
            return null;
        });
    }

    /** Replaces the budget prévisionnel of a year, all lines at once. */
    public void saveForecast(int year, Map<String, Money> amounts) {
        database.inTransaction(c -> {
            budgets.replaceForecast(year, amounts);
            return null;
        });
    }
}
