package org.campuspilot.grant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.Messages;

/**
 * A grant's dossier de justification, in one zip for the funder (issue 21): the compte rendu financier (PDF), the
 * list of the expenses and income it finances, or of its project (CSV for Excel: semicolons, dates jj/mm/aaaa; for a
 * project, each entry's share and the amount the project bears), and each pièce
 * justificative kept in the campus, named after its line of the list (« 003_2026-03-14_Location-salle.pdf »).
 */
public final class JustificationPack {
    static final String REPORT = "compte-rendu-financier.pdf";
    static final String LIST = "depenses-et-recettes.csv";
    static final String FOLDER = "pieces/";

    private final GrantService service;
    private final GrantExports exports;
    private final Messages messages;

    public JustificationPack(GrantService service, GrantExports exports, Messages messages) {
        this.service = service;
        this.exports = exports;
        this.messages = messages;
    }

    /** How many entries the grant finances and how many have no pièce: said before the pack is written. */
    public record Count(int entries, int withoutAttachment) {
    }

    public Count count(long grantId) {
        List<FinanceEntry> entries = service.entriesOfGrant(grantId);
        java.util.Set<Long> attached = new java.util.HashSet<>();
        service.attachmentsOfGrant(grantId).forEach(a -> attached.add(a.entryId()));
        return new Count(entries.size(), (int) entries.stream().filter(e -> !attached.contains(e.id())).count());
    }

    /** Writes the zip whole or not at all. */
    public void write(FinancialReport report, Path out) throws IOException {
        long grantId = report.grant().id();
        List<FinanceEntry> entries = service.entriesOfGrant(grantId);
        Map<Long, Attachment> byEntry = new HashMap<>();
        service.attachmentsOfGrant(grantId).forEach(a -> byEntry.put(a.entryId(), a));
        Path pdf = Files.createTempFile("campus-pilot-compte-rendu-", ".pdf");
        try {
            exports.writeFinancialReport(report, DocumentFiles.Format.PDF, pdf);
            DocumentFiles.writeWhole(out, stream -> {
                try (ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
                    zip.putNextEntry(new ZipEntry(REPORT));
                    Files.copy(pdf, zip);
                    zip.closeEntry();
                    Map<Long, String> names = new HashMap<>();
                    for (int i = 0; i < entries.size(); i++) {
                        Attachment a = byEntry.get(entries.get(i).id());
                        if (a != null) {
                            names.put(a.entryId(), fileName(i + 1, entries.get(i), a));
                        }
                    }
                    zip.putNextEntry(new ZipEntry(LIST));
                    zip.write(csv(entries, names, report.project()).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    for (FinanceEntry e : entries) {
                        Attachment a = byEntry.get(e.id());
                        if (a != null) {
                            zip.putNextEntry(new ZipEntry(FOLDER + names.get(e.id())));
                            zip.write(service.attachmentContent(a));
                            zip.closeEntry();
                        }
                    }
                }
            });
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** « 003_2026-03-14_Location-de-salle.pdf »: the line's number, its date, its object, the file's extension. */
    static String fileName(int number, FinanceEntry e, Attachment a) {
        String ascii = Normalizer.normalize(e.description() == null ? "" : e.description(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 50) {
            ascii = ascii.substring(0, 50).replaceAll("-+$", "");
        }
        String original = a.fileName();
        int dot = original.lastIndexOf('.');
        String extension = dot > 0 && dot >= original.length() - 6
                ? original.substring(dot).toLowerCase(Locale.ROOT).replaceAll("[^.a-z0-9]", "") : "";
        return String.format(Locale.ROOT, "%03d_%s_%s%s", number, e.date(), ascii.isEmpty() ? "piece" : ascii,
                extension);
    }

    /** The list; for a project's grant, with each entry's share and the amount the project bears. */
    private String csv(List<FinanceEntry> entries, Map<Long, String> names, AnalyticProject project)
            throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF"); // Excel reads UTF-8 only with its mark
        GrantDocuments lines = new GrantDocuments(messages);
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.EXCEL.builder().setDelimiter(';').build())) {
            List<String> header = new java.util.ArrayList<>(List.of(messages.get("grant.pack.column.number"),
                    messages.get("grant.pack.column.date"), messages.get("grant.pack.column.kind"),
                    messages.get("grant.pack.column.party"), messages.get("grant.pack.column.description"),
                    messages.get("grant.pack.column.line"), messages.get("grant.pack.column.amount")));
            if (project != null) {
                header.addAll(List.of(messages.get("grant.pack.column.share"),
                        messages.get("grant.pack.column.projectAmount")));
            }
            header.addAll(List.of(messages.get("grant.pack.column.status"), messages.get("grant.pack.column.paidOn"),
                    messages.get("grant.pack.column.reference"), messages.get("grant.pack.column.attachment")));
            csv.printRecord(header);
            for (int i = 0; i < entries.size(); i++) {
                FinanceEntry e = entries.get(i);
                List<Object> row = new java.util.ArrayList<>(List.of(i + 1, FrenchFormats.date(e.date()),
                        messages.get(e.kind().messageKey()), nonNull(e.party()), nonNull(e.description()),
                        BudgetLine.of(e.lineCode()).map(lines::lineLabel).orElse(e.lineCode()), e.amount().number()));
                if (project != null) {
                    boolean onProject = project.id().equals(e.projectId());
                    row.add(onProject ? e.projectPercent() + " %" : "");
                    row.add(onProject ? e.projectAmount().number() : "");
                }
                row.addAll(java.util.Arrays.asList(messages.get(e.status().messageKey(e.kind())),
                        e.paidOn() == null ? "" : FrenchFormats.date(e.paidOn()), nonNull(e.reference()),
                        names.containsKey(e.id()) ? FOLDER + names.get(e.id()) : messages.get("grant.pack.none")));
                csv.printRecord(row);
            }
        }
        return text.toString();
    }
}
