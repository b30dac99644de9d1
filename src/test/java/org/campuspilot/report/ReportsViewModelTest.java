package org.campuspilot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports screen's exports: what they leave out is said first, and the director may stop there. */
class ReportsViewModelTest {
    @TempDir Path dir;

    @Test
    void exportingTheReportListsItsEmptySectionsFirstAndWritesNothingWhenTheDirectorStops() throws Exception {
        Messages fr = Messages.load(Messages.FRENCH);
        RecordingDialogs dialogs = new RecordingDialogs();
        Clock clock = Clock.fixed(LocalDate.of(2026, 12, 2).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(),
                ZoneId.of("Europe/Paris"));
        ReportsViewModel vm = new ReportsViewModel(new ReportDocuments(TestCampus.stores(TestCampus.demo(
                dir.resolve("d.db"))), fr), TaskRunner.synchronous(), dialogs, fr, clock);
        vm.text(ReportTexts.Section.INTRODUCTION).set("L'année en quelques lignes.");
        dialogs.saveTo = dir.resolve("rapport.pdf");
        dialogs.confirmAnswer = false;
        vm.exportReport(Format.PDF);
        assertEquals(List.of("confirm:Exporter sans ces sections:Ces sections sont vides et ne figureront pas dans le "
                + "rapport :\n\u2022 Faits marquants\n\u2022 Perspectives\nPour qu'elles y figurent, rédigez-les puis "
                + "exportez de nouveau."), dialogs.shown, "asked before the file is chosen");
        assertFalse(Files.exists(dialogs.saveTo));
        dialogs.confirmAnswer = true;
        vm.exportReport(Format.PDF);
        assertTrue(Files.size(dialogs.saveTo) > 1000, "written once the director goes on");
        vm.text(ReportTexts.Section.HIGHLIGHTS).set("Un nouveau plateau technique.");
        vm.text(ReportTexts.Section.OUTLOOK).set("Deux nouveaux membres.");
        dialogs.shown.clear();
        vm.exportReport(Format.ODT);
        assertTrue(dialogs.shown.stream().noneMatch(s -> s.startsWith("confirm:")), "nothing empty, nothing asked: "
                + dialogs.shown);
    }
}
