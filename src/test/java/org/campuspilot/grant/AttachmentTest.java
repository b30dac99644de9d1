package org.campuspilot.grant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.history.HistoryService;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pièces justificatives kept in the campus (issue 21): the file's bytes, not its path; in the entry's history and
 * back with it from the Corbeille; and a grant's justification pack, read back entry by entry.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class AttachmentTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    Database db;
    EntryRepository entries;
    GrantRepository grants;
    GrantService service;
    Messages messages = Messages.load(Messages.FRENCH);

    @BeforeEach
    void open() {
        db = store.demo(dir);
        entries = new EntryRepository(db);
        grants = new GrantRepository(db);
        service = new GrantService(db, grants, new BudgetRepository(db), entries, Clock.system(ZoneId.of(
                "Europe/Paris")));
    }

    private FinanceEntry anEntryWithout() {
        return entries.findAll().stream().filter(e -> service.attachment(e.id()).isEmpty()).findFirst()
                .orElseThrow();
    }

    @Test
    void theFileIsKeptInTheCampusAndOutlivesItsPathOnTheDisk() throws Exception {
        FinanceEntry e = anEntryWithout();
        Path scan = Files.write(dir.resolve("facture-0042.pdf"), "%PDF-1.4 facture 0042".getBytes());
        service.save(e, e, new Attachment.Add("facture-0042.pdf", AttachmentRepository.read(scan).value()));
        Files.delete(scan);

        Attachment a = service.attachment(e.id()).orElseThrow();
        assertEquals("facture-0042.pdf", a.fileName());
        assertEquals(21, a.size());
        assertArrayEquals("%PDF-1.4 facture 0042".getBytes(), service.attachmentContent(a));
        assertEquals(null, entries.findById(e.id()).orElseThrow().document(), "no path is kept any more");

        // Taken off, then the removal undone: the same bytes are found again.
        FinanceEntry now = entries.findById(e.id()).orElseThrow();
        long[] last = {0};
        db.addChangeListener(id -> last[0] = id);
        service.save(now, now, Attachment.REMOVE);
        assertTrue(service.attachment(e.id()).isEmpty());
        new HistoryService(db).revert(last[0]);
        assertArrayEquals("%PDF-1.4 facture 0042".getBytes(), service.attachmentContent(service.attachment(e.id())
                .orElseThrow()));
    }

    @Test
    void aDeletedEntryComesBackFromTheCorbeilleWithItsFile() {
        FinanceEntry e = anEntryWithout();
        service.save(e, e, new Attachment.Add("recu.jpg", new byte[] {1, 2, 3}));
        service.delete(entries.findById(e.id()).orElseThrow());
        assertTrue(service.attachment(e.id()).isEmpty());
        HistoryService history = new HistoryService(db);
        HistoryService.TrashItem item = history.trash(Instant.now()).stream()
                .filter(t -> t.recordTable().equals("finance_entry") && t.recordId().equals(String.valueOf(e.id())))
                .findFirst().orElseThrow();
        history.restore(item.changeSetId());
        assertArrayEquals(new byte[] {1, 2, 3}, service.attachmentContent(service.attachment(e.id()).orElseThrow()));
    }

    @Test
    void aFileThatCannotBeAPieceIsRefusedWithItsReason() throws Exception {
        assertEquals("grant.entry.document.missing", AttachmentRepository.check(dir.resolve("absent.pdf"))
                .problem().orElseThrow().key());
        assertEquals("grant.entry.document.notAFile", AttachmentRepository.check(dir).problem().orElseThrow().key());
        assertEquals("grant.entry.document.empty", AttachmentRepository.check(Files.createFile(dir.resolve(
                "vide.pdf"))).problem().orElseThrow().key());
        Path big = dir.resolve("video.mp4");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(AttachmentRepository.MAX_BYTES + 1);
        }
        var tooBig = AttachmentRepository.check(big).problem().orElseThrow();
        assertEquals("grant.entry.document.tooBig", tooBig.key());
        assertEquals("video.mp4 pèse 21 Mo : une pièce justificative en pèse au plus 20. Enregistrez-la en PDF ou"
                + " en image plus légère, puis joignez-la.", messages.get(tooBig));
    }

    @Test
    void theJustificationPackHoldsTheReportTheListAndEveryPiece() throws Exception {
        Grant rectorat = grants.findAll().stream().filter(g -> g.funderName().startsWith("Rectorat")).findFirst()
                .orElseThrow();
        GrantExports exports = new GrantExports(grants, new GrantFigures(grants, new BudgetRepository(db), entries,
                new ProjectRepository(db)),
                java.util.Optional::empty, messages);
        JustificationPack pack = new JustificationPack(service, exports, messages);
        // The grant funds a project: it justifies the entries it finances and every entry of its project that year.
        List<FinanceEntry> financed = entries.findAll().stream().filter(e -> rectorat.id().equals(e.grantId())
                || (rectorat.projectId().equals(e.projectId()) && e.year() == 2026))
                .sorted(java.util.Comparator.comparing(FinanceEntry::date).thenComparing(FinanceEntry::id)).toList();
        assertTrue(financed.stream().anyMatch(e -> e.lineCode().equals("641") && e.projectPercent() == 10),
                "the director's salary, a tenth of it");
        List<Attachment> pieces = service.attachmentsOfGrant(rectorat.id());
        assertTrue(pieces.size() >= 3, "the demo's Rectorat grant carries its invoices: " + pieces.size());
        assertEquals(new JustificationPack.Count(financed.size(), financed.size() - pieces.size()),
                pack.count(rectorat.id()));

        Path zip = dir.resolve("justification.zip");
        pack.write(exports.financialReport(rectorat.id()).orElseThrow(), zip);
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
                read.put(z.getName(), in.readAllBytes());
            }
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(read.get(JustificationPack.REPORT))) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("Rectorat"));
        }
        String csv = new String(read.get(JustificationPack.LIST), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "Excel's mark");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').build().parse(new java.io.StringReader(
                csv.substring(1))).getRecords();
        assertEquals(financed.size() + 1, rows.size());
        List<String> named = new ArrayList<>();
        for (int i = 0; i < financed.size(); i++) {
            CSVRecord row = rows.get(i + 1);
            FinanceEntry e = financed.get(i);
            assertEquals(e.description(), row.get(4));
            assertEquals(e.amount().number(), row.get(6));
            assertEquals(e.projectId() == null ? "" : e.projectPercent() + " %", row.get(7));
            assertEquals(e.projectId() == null ? "" : e.projectAmount().number(), row.get(8));
            var piece = pieces.stream().filter(p -> p.entryId() == e.id()).findFirst();
            if (piece.isPresent()) {
                String name = row.get(12);
                assertTrue(name.matches("pieces/\\d{3}_2026-\\d{2}-\\d{2}_[A-Za-z0-9-]+\\.pdf"), name);
                assertArrayEquals(service.attachmentContent(piece.get()), read.get(name), name);
                named.add(name);
            } else {
                assertEquals("aucune", row.get(12));
            }
        }
        assertEquals(pieces.size(), named.size());
        assertEquals(2 + pieces.size(), read.size(), "the report, the list and the pieces, nothing else");
        try (var invoice = org.apache.pdfbox.Loader.loadPDF(read.get(named.get(0)))) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(invoice).contains("Facture n° F-2026-"));
        }
    }

    @Test
    void theSameBytesAreKeptOnce() {
        List<FinanceEntry> two = entries.findAll().stream().filter(e -> service.attachment(e.id()).isEmpty())
                .limit(2).toList();
        for (FinanceEntry e : two) {
            service.save(e, e, new Attachment.Add("devis.pdf", "même devis".getBytes()));
        }
        assertEquals(1, new Jdbc(db).count("SELECT COUNT(*) FROM attachment_file WHERE sha256 = ?",
                AttachmentRepository.sha256("même devis".getBytes())));
    }
}
