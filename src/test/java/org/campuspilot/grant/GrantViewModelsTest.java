package org.campuspilot.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.db.Database;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.event.EventRepository;
import org.campuspilot.shared.Money;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grant area's view models on the demo campus: the budget editor's rules, the grant page, an expense. */
class GrantViewModelsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    @TempDir Path dir;
    Database db;
    GrantRepository grants;
    BudgetRepository budgets;
    EntryRepository entries;
    GrantFigures figures;
    GrantService service;
    GrantExports exports;
    RecordingDialogs dialogs = new RecordingDialogs();
    Messages messages = Messages.load(Messages.FRENCH);
    Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));

    @BeforeEach
    void open() {
        db = TestCampus.demo(dir.resolve("demo.db"));
        grants = new GrantRepository(db);
        budgets = new BudgetRepository(db);
        entries = new EntryRepository(db);
        figures = new GrantFigures(grants, budgets, entries, new ProjectRepository(db));
        service = new GrantService(db, grants, budgets, entries, clock);
        exports = new GrantExports(grants, figures, java.util.Optional::empty, messages);
    }

    private BudgetViewModel budget() {
        BudgetViewModel vm = new BudgetViewModel(figures, service, exports, TaskRunner.synchronous(), dialogs,
                messages, clock);
        vm.load();
        return vm;
    }

    @Test
    void theBudgetEditorWarnsAsTheDirectorTypesAndSavesAllLinesAtOnce() {
        BudgetViewModel vm = budget();
        assertEquals(2026, vm.year.get());
        assertTrue(vm.years.containsAll(java.util.List.of(2027, 2026, 2025)));
        vm.startEditing();
        assertTrue(vm.editorWarnings.isEmpty(), "the demo budget balances: " + vm.editorWarnings);
        assertEquals("28\u202F000,00", vm.fields.get("604").text().get());
        vm.fields.get("604").text().set("29 000");
        assertEquals(1, vm.editorWarnings.size());
        assertTrue(vm.editorWarnings.get(0).contains("insuffisance de 1\u202F000,00\u00A0€"), vm.editorWarnings.get(0));
        assertEquals("33\u202F500,00", vm.groupTotals.get("60").get(), "the group adds its sub-lines as typed");
        vm.fields.get("870").text().set("7 500");
        assertTrue(vm.editorWarnings.stream().anyMatch(w -> w.contains("(86) 8\u202F000,00\u00A0€")
                && w.contains("(87) 7\u202F500,00\u00A0€")), vm.editorWarnings.toString());

        vm.fields.get("606").text().set("-5");
        vm.save();
        assertNotNull(vm.fields.get("606").problem().get(), "a negative amount is refused at its field");
        assertTrue(vm.editing.get());
        assertEquals(Money.euros(28_000), budgets.forecast(2026).get("604"), "nothing written");

        vm.fields.get("606").text().set("4 500");
        vm.save();
        assertFalse(vm.editing.get(), "saved although it does not balance: a warning, never a block");
        assertEquals(Money.euros(29_000), budgets.forecast(2026).get("604"));
        assertEquals(Money.euros(7_500), budgets.forecast(2026).get("870"));
        assertEquals(Money.euros(29_000), vm.followUp.get().row("604").forecast());
    }

    @Test
    void theBudgetForecastExportsWhereTheDirectorChooses() throws Exception {
        BudgetViewModel vm = budget();
        vm.year.set(2027);
        dialogs.saveTo = dir.resolve("budget-2027.ods");
        vm.export(Format.ODS);
        assertTrue(Files.size(dialogs.saveTo) > 0);
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("budget-2027.ods")), dialogs.shown.toString());
        dialogs.saveTo = dir.resolve("missing-folder").resolve("b.pdf");
        vm.export(Format.PDF);
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("n'a pas pu être écrit")), dialogs.shown.toString());
    }

    private GrantFormViewModel grantForm() {
        GrantFormViewModel vm = new GrantFormViewModel(service, figures, exports,
                y -> YearActivity.of(y, new ActionRepository(db), new EventRepository(db)), TaskRunner.synchronous(),
                dialogs, messages, clock);
        return vm;
    }

    private Grant region2026() {
        return grants.findByYear(2026).stream().filter(g -> g.funder() == Funder.REGION).findFirst().orElseThrow();
    }

    @Test
    void theGrantPageFlagsTheLateInstalmentAndTheScheduleAndListsTheGapsToExplain() {
        GrantFormViewModel vm = grantForm();
        vm.edit(region2026());
        assertEquals("30/06/2027 (fin d'exercice + 6 mois)", vm.reportDuePrompt.get());
        assertEquals(1, vm.warnings.size());
        assertTrue(vm.warnings.get(0).contains("en retard"));
        assertEquals("En retard", vm.instalments.get(1).state.get());
        BudgetFollowUp y = figures.followUp(2026);
        assertEquals(y.significantGaps().stream().map(r -> r.line().code()).toList(),
                vm.gaps.stream().map(g -> g.row().line().code()).toList());
        assertFalse(vm.dirty().get(), "reading the figures does not count as a change");

        vm.awarded.set("95 000");
        assertTrue(vm.warnings.stream().anyMatch(w -> w.contains("prévoit 90\u202F000,00\u00A0€")), vm.warnings.toString());
        vm.awarded.set("");
        vm.save(g -> {
        });
        assertNotNull(vm.awarded.problem().get(), "an awarded grant needs its amount");
        vm.awarded.set("90 000");
        vm.instalments.get(1).receivedOn.set("20/11/2026");
        vm.save(g -> {
        });
        assertNotNull(vm.instalments.get(1).received.problem().get(), "received date without amount");
        vm.instalments.get(1).received.set("27 000");
        vm.gaps.get(0).text().text().set("Moins d'ateliers que prévu");
        Grant[] saved = new Grant[1];
        vm.save(g -> saved[0] = g);
        assertNotNull(saved[0]);
        Grant read = grants.findById(saved[0].id()).orElseThrow();
        assertEquals(Money.euros(72_000), read.received());
        assertEquals("Moins d'ateliers que prévu", read.gapExplanations().get(vm.gaps.get(0).row().line().code()));
        assertTrue(vm.warnings.isEmpty(), vm.warnings.toString());
    }

    @Test
    void theReviewIsPrefilledWithTheYearsFiguresAndTheReportExports() throws Exception {
        GrantFormViewModel vm = grantForm();
        vm.edit(region2026());
        YearActivity a = YearActivity.of(2026, new ActionRepository(db), new EventRepository(db));
        assertTrue(a.actions() > 0 && a.events() > 0, a.toString());
        vm.prefillReview();
        String text = vm.review.text().get();
        assertTrue(text.startsWith("En 2026, le campus a conduit " + a.actions() + " action(s)"), text);
        assertTrue(text.contains(a.events() + " événement(s)"), text);

        dialogs.saveTo = dir.resolve("cr.pdf");
        vm.export(Format.PDF);
        assertFalse(Files.exists(dialogs.saveTo), "unsaved changes: the director is asked to save first");
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.contains("Enregistrez d'abord")));
        vm.save(g -> {
        });
        vm.export(Format.PDF);
        assertTrue(Files.readString(dialogs.saveTo, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        dialogs.saveTo = dir.resolve("cr.odt");
        vm.export(Format.ODT);
        assertTrue(Files.size(dialogs.saveTo) > 0);
    }

    @Test
    void exportingTheCompteRenduListsWhatItLacksFirstAndTheDirectorMayStop() throws Exception {
        GrantFormViewModel vm = grantForm();
        vm.edit(region2026());
        dialogs.saveTo = dir.resolve("cr.pdf");
        dialogs.confirmAnswer = false;
        vm.export(Format.PDF);
        assertEquals(1, dialogs.shown.size(), dialogs.shown.toString());
        String asked = dialogs.shown.get(0);
        assertTrue(asked.startsWith("confirm:Exporter quand même:Le document sera écrit sans :\n"), asked);
        for (String missing : List.of("le nom de l'association", "le SIRET de l'association",
                "le bilan qualitatif de l'action (partie 1)", "la répartition des charges indirectes")) {
            assertTrue(asked.contains("\u2022 " + missing), missing + " in " + asked);
        }
        assertFalse(Files.exists(dialogs.saveTo), "nothing chosen, nothing written");
        dialogs.confirmAnswer = true;
        vm.export(Format.PDF);
        assertTrue(Files.size(dialogs.saveTo) > 1000);
    }

    @Test
    void exportingTheBudgetSaysTheAssociationsIdentityIsMissing() throws Exception {
        BudgetViewModel vm = budget();
        dialogs.saveTo = dir.resolve("budget.pdf");
        dialogs.confirmAnswer = false;
        vm.export(Format.PDF);
        assertEquals(List.of("confirm:Exporter quand même:Le document sera écrit sans :\n\u2022 le nom de "
                + "l'association (identité du campus)\n\u2022 le SIRET de l'association (identité du campus)\n"
                + "Ils se complètent dans la fiche de la subvention et dans l'identité du campus (Ctrl+I)."),
                dialogs.shown);
        assertFalse(Files.exists(dialogs.saveTo));
    }

    @Test
    void anExpenseIsCheckedBeforeAnythingIsWritten() throws Exception {
        EntryFormViewModel vm = new EntryFormViewModel(service, entries, TaskRunner.synchronous(), dialogs, messages,
                clock);
        vm.loadChoices();
        long before = entries.count();
        vm.startNew(EntryKind.EXPENSE);
        assertEquals("21/11/2026", vm.date.text().get());
        assertFalse(vm.lineChoices.stream().anyMatch(l -> l.side() == BudgetLine.Side.PRODUIT), "charges only");
        vm.description.set("Clé USB");
        vm.amount.set("0");
        vm.line.set(BudgetLine.of("606").orElseThrow());
        vm.paidOn.set("20/11/2026");
        vm.document.set(dir.resolve("facture.pdf").toString());
        vm.save(f -> {
        });
        assertNotNull(vm.amount.problem().get(), "zero refused");
        assertNotNull(vm.paidOn.problem().get(), "committed with a payment date");
        assertNotNull(vm.document.problem().get(), "the attached file does not exist");
        assertEquals(before, entries.count());

        Files.writeString(dir.resolve("facture.pdf"), "%PDF-1.4");
        vm.amount.set("12,90");
        vm.status.set(EntryStatus.PAYEE);
        FinanceEntry[] saved = new FinanceEntry[1];
        vm.save(f -> saved[0] = f);
        assertEquals(before + 1, entries.count());
        assertEquals(1_290, saved[0].amount().cents());
        // The file is kept in the campus, not its path.
        assertNull(saved[0].document());
        Attachment kept = service.attachment(saved[0].id()).orElseThrow();
        assertEquals("facture.pdf", kept.fileName());
        assertEquals("%PDF-1.4", new String(service.attachmentContent(kept)));
        assertEquals("", vm.document.text().get());

        vm.kind.set(EntryKind.INCOME);
        assertNull(vm.line.get(), "a charge line does not hold income");
        assertTrue(vm.lineChoices.contains(BudgetLine.of("756").orElseThrow()));
    }
}
