package org.campuspilot.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analytic allocation (issue 21): a grant for one project reports that project alone, figures recomputed here from
 * the entries and their shares; the operating grant reports the association's whole budget; a project's forecast
 * stays within the association's; deleting a project hands its records back to the association's operation.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class AnalyticAllocationTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    GrantRepository grants;
    EntryRepository entries;
    ProjectRepository projects;
    GrantService service;
    GrantFigures figures;
    GrantExports exports;
    Messages messages = Messages.load(Messages.FRENCH);

    @BeforeEach
    void open() {
        db = store.demo(dir);
        grants = new GrantRepository(db);
        entries = new EntryRepository(db);
        projects = new ProjectRepository(db);
        BudgetRepository budgets = new BudgetRepository(db);
        service = new GrantService(db, grants, budgets, entries, Clock.system(ZoneId.of("Europe/Paris")));
        figures = new GrantFigures(grants, budgets, entries, projects);
        exports = new GrantExports(grants, figures, java.util.Optional::empty, messages);
    }

    private Grant grant(String object) {
        return grants.findAll().stream().filter(g -> g.object().equals(object) && g.year() == 2026).findFirst()
                .orElseThrow();
    }

    /** Each line's actual of a project, recomputed entry by entry from the amounts and the shares. */
    private Map<String, Long> recomputed(long projectId) {
        Map<String, Long> out = new HashMap<>();
        for (FinanceEntry e : entries.findByYear(2026)) {
            if (e.projectId() != null && e.projectId() == projectId) {
                long share = Math.round(e.amount().cents() * e.projectPercent() / 100.0 + 1e-9);
                out.merge(e.lineCode(), share, Long::sum);
            }
        }
        return out;
    }

    @Test
    void theRectoratsComptRenduReportsItsProjectAloneAndTheRegionsTheWholeAssociation() throws Exception {
        FinancialReport rectorat = exports.financialReport(grant("Actions de découverte des métiers").id())
                .orElseThrow();
        assertEquals("Actions de découverte des métiers", rectorat.project().name());
        BudgetFollowUp f = rectorat.figures();
        Map<String, Long> actual = recomputed(rectorat.project().id());
        assertEquals(List.of("604", "641", "645"), actual.keySet().stream().sorted().toList(),
                "the workshops and a share of the director's pay, nothing else");
        for (String line : List.of("604", "641", "645")) {
            assertEquals(actual.get(line), f.row(line).committed().cents(), line);
        }
        long salaries = entries.findByYear(2026).stream().filter(e -> e.lineCode().equals("641"))
                .mapToLong(e -> e.amount().cents()).sum();
        assertTrue(f.row("641").committed().cents() * 9 < salaries, "a tenth of the salaries, not all of them");
        assertEquals(Money.euros(25_000), f.forecastTotals().charges());
        assertEquals(Money.euros(25_000), f.row("74-ETAT").committed());
        assertEquals(Money.ZERO, f.row("74-REGION").committed(), "the Région's grant funds the whole association");
        assertEquals(Money.ZERO, f.row("622").committed());

        FinancialReport region = exports.financialReport(grant("Fonctionnement du campus 2026").id()).orElseThrow();
        assertEquals(null, region.project());
        assertEquals(Money.euros(142_000), region.figures().forecastTotals().charges());
        assertEquals(Money.euros(25_000), region.figures().row("74-ETAT").committed());

        Path pdf = dir.resolve("rectorat.pdf");
        exports.writeFinancialReport(rectorat, Format.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\u202F', ' ').replace('\u00A0', ' ');
            assertTrue(text.contains("Projet financé Actions de découverte des métiers"), text);
            assertTrue(text.contains("25 000,00"), text);
            assertFalse(text.contains("142 000,00"), "not the association's budget: " + text);
        }
    }

    @Test
    void aShareIsRoundedToTheCentAsTheDatabaseSumsIt() {
        assertEquals(3300, FinanceEntry.shareOf(10_001, 33));
        assertEquals(1, FinanceEntry.shareOf(1, 50), "half a cent rounds up");
        AnalyticProject p = service.save(new AnalyticProject(null, "Essai", null));
        FinanceEntry e = entries.findByYear(2026).get(0);
        service.save(e.withProject(p.id(), 33), e);
        FinanceEntry saved = entries.findById(e.id()).orElseThrow();
        assertEquals(33, saved.projectPercent());
        assertEquals("Essai", saved.projectName());
        assertEquals(saved.projectAmount(), figures.followUp(2026, p.id()).row(e.lineCode()).committed());
    }

    @Test
    void aProjectsForecastCannotExceedTheAssociationsAndNothingIsWrittenThen() {
        AnalyticProject p = service.save(new AnalyticProject(null, "Mobilités", null));
        service.saveForecast(2026, p.id(), Map.of("625", Money.euros(1_000)));
        GrantService.ProjectOverBudget over = assertThrows(GrantService.ProjectOverBudget.class,
                () -> service.saveForecast(2026, p.id(), Map.of("625", Money.euros(500), "622", Money.euros(9_001))));
        assertEquals("622", over.lineCode());
        assertEquals(Money.euros(9_000), over.whole());
        assertEquals(Map.of("625", Money.euros(1_000)), projects.forecast(p.id(), 2026), "the old part stays whole");
    }

    @Test
    void deletingAProjectHandsItsRecordsBackToTheAssociation() {
        Grant rectorat = grant("Actions de découverte des métiers");
        AnalyticProject p = projects.findById(rectorat.projectId()).orElseThrow();
        ProjectRepository.Uses uses = service.uses(p);
        assertEquals(1, uses.grants());
        assertTrue(uses.entries() > 13, "the workshops and the salaries");
        assertEquals(4, uses.forecastLines());
        service.delete(p);
        assertEquals(null, grants.findById(rectorat.id()).orElseThrow().projectId());
        assertEquals(0, new Jdbc(db).count("SELECT COUNT(*) FROM finance_entry WHERE project_id IS NOT NULL"
                + " OR project_percent IS NOT NULL") - new Jdbc(db).count(
                        "SELECT COUNT(*) FROM finance_entry WHERE project_id IS NULL AND project_percent IS NOT NULL"));
        assertEquals(0, new Jdbc(db).count("SELECT COUNT(*) FROM project_forecast"));
        // Back with the whole association, the grant's compte rendu shows the association's budget.
        assertEquals(Money.euros(142_000), exports.financialReport(rectorat.id()).orElseThrow().figures()
                .forecastTotals().charges());
    }

    @Test
    void aGrantNeverAwardedSaysSoOnItsDocumentAndAYearWithoutExpenseWarnsFirst() throws Exception {
        Grant fse = grants.findAll().stream().filter(g -> g.funder() == Funder.EUROPE).findFirst().orElseThrow();
        FinancialReport r = exports.financialReport(fse.id()).orElseThrow();
        assertTrue(exports.missing(r).stream().anyMatch(m -> m.contains("Déposée")), exports.missing(r).toString());
        Path pdf = dir.resolve("fse.pdf");
        exports.writeFinancialReport(r, Format.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\n', ' ');
            assertTrue(text.contains("Cette subvention n'a pas été accordée (statut : Déposée)"), text);
        }
        Grant future = grants.findAll().stream().filter(g -> g.year() == 2027).findFirst().orElseThrow();
        List<String> missing = exports.missing(exports.financialReport(future.id()).orElseThrow());
        assertTrue(missing.contains("aucune dépense : aucune n'est enregistrée pour l'exercice 2027"),
                missing.toString());
        assertFalse(exports.missing(exports.financialReport(grant("Fonctionnement du campus 2026").id())
                .orElseThrow()).stream().anyMatch(m -> m.startsWith("aucune dépense")));
    }
}
