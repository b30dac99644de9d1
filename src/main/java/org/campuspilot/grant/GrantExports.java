package org.campuspilot.grant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.campuspilot.campus.Campus;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.ui.Messages;

/** Writes the grant's documents to files, for the window and the headless commands alike. */
public final class GrantExports {
    private final GrantRepository grants;
    private final GrantFigures figures;
    private final Supplier<Optional<Campus>> campus;
    private final GrantDocuments documents;
    private final DocumentFiles files;

    /** @param campus the campus's identity (the association, its SIRET), read when a document is made */
    public GrantExports(GrantRepository grants, GrantFigures figures, Supplier<Optional<Campus>> campus,
            Messages messages) {
        this.grants = grants;
        this.figures = figures;
        this.campus = campus;
        this.documents = new GrantDocuments(messages);
        this.files = new DocumentFiles(messages.get("document.page"));
    }

    /** The compte rendu financier's figures for a grant; empty when there is no such grant. */
    public java.util.Optional<FinancialReport> financialReport(long grantId) {
        return grants.findById(grantId).map(g -> new FinancialReport(campus.get().orElse(null), g,
                figures.progress(g), figures.followUp(g.year(), g.projectId()),
                figures.project(g.projectId()).orElse(null)));
    }

    /** What the compte rendu will be written without (its export says so first); empty when complete. */
    public java.util.List<String> missing(FinancialReport report) {
        return documents.missing(report);
    }

    /** What the budget prévisionnel will be written without: the association's name or SIRET. */
    public java.util.List<String> missingInBudget() {
        return documents.missingIdentity(campus.get().orElse(null));
    }

    /** The compte rendu financier (Cerfa 15059) of a grant, as PDF, ODT or (its tables) ODS. */
    public void writeFinancialReport(FinancialReport report, Format format, Path out) throws IOException {
        files.write(documents.financialReport(report), format, out, false);
    }

    /** The budget prévisionnel of a year (Cerfa 12156), as ODS or PDF. */
    public void writeBudget(int year, Format format, Path out) throws IOException {
        writeBudget(year, null, format, out);
    }

    /** The budget prévisionnel of a project's year, or the association's ({@code projectId} null). */
    public void writeBudget(int year, Long projectId, Format format, Path out) throws IOException {
        if (format == Format.ODT) {
            throw new IllegalArgumentException("ODT");
        }
        files.write(documents.budgetForecast(campus.get().orElse(null), year, figures.forecast(year, projectId),
                figures.project(projectId).orElse(null)), format, out, false);
    }
}
