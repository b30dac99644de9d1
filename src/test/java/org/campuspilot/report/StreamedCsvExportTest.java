package org.campuspilot.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campuspilot.TestCampus;
import org.campuspilot.document.CsvProfile;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export csv actions} streams the actions to the file; the bytes are those of the whole table written. */
class StreamedCsvExportTest {
    @TempDir Path dir;

    @Test
    void streamedActionsAreTheBytesOfTheWholeTable() throws Exception {
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(TestCampus.demo(dir.resolve("demo.campuspilot"))),
                Messages.load(Messages.FRENCH));
        for (CsvProfile profile : CsvProfile.values()) {
            Path whole = dir.resolve("whole-" + profile.cliName() + ".csv");
            Path streamed = dir.resolve("streamed-" + profile.cliName() + ".csv");
            var table = docs.list(ListKind.ACTIONS);
            ReportDocuments.writeCsv(table, profile, whole);
            int rows = docs.writeCsv(ListKind.ACTIONS, profile, streamed);
            assertEquals(table.rows().size(), rows);
            org.junit.jupiter.api.Assertions.assertTrue(rows > 0, "the demo campus has actions");
            assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(streamed), profile.cliName());
        }
    }
}
