package org.campuspilot.importing;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.campuspilot.shared.Problem;

/**
 * Looks into an XLSX or ODS file — a ZIP archive — before a parser does, and refuses a file that is not an ordinary
 * spreadsheet: one that would inflate past what a campus spreadsheet needs, inflates far more than spreadsheets do,
 * holds too many parts, or is damaged. Its central directory is read first (no content inflated); then every entry is
 * inflated into a counting sink, because the sizes a ZIP declares can lie, and the count stops at the limit. The
 * parsers (FastExcel, SODS) read the same central directory afterwards. The limits and their measures:
 * docs/decisions/0022-archive-limits.md.
 */
final class ArchiveGuard {
    private static final long MIB = 1L << 20;

    /**
     * What a file may hold: {@code maxBytes} inflated in all (and on disk), {@code maxEntries} parts, and no part of
     * more than {@code ratioFrom} inflated bytes that inflates more than {@code maxRatio} times its compressed size.
     */
    record Limits(long maxBytes, int maxEntries, long maxRatio, long ratioFrom) {
        long maxMegabytes() {
            return maxBytes / MIB;
        }
    }

    /**
     * 32 MiB inflated: about 40,000 rows of 13 filled columns as LibreOffice writes an XLSX, 19,000 in an ODS (whose
     * XML is twice as wordy); the measures are in decision 0022.
     */
    static final Limits LIMITS = new Limits(32 * MIB, 1_000, 100, MIB);

    private ArchiveGuard() {
    }

    /** Refuses the file with a sentence when it is not an ordinary spreadsheet archive; returns when it is. */
    static void check(Path file, TableFile.Format format, String name) throws ImportFileException, IOException {
        check(file, format, name, LIMITS);
    }

    static void check(Path file, TableFile.Format format, String name, Limits limits)
            throws ImportFileException, IOException {
        if (Files.size(file) > limits.maxBytes()) {
            throw tooBig(name, limits);
        }
        if (!startsAsZip(file)) {
            // Not an archive at all (a CSV or a text renamed, an old XLS): what the parser would have said.
            throw new ImportFileException(Problem.of("import.sheet.unreadable", name,
                    format.extension().toUpperCase(Locale.ROOT)));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new ImportFileException(Problem.of("import.archive.entries", name, zip.size(),
                        limits.maxEntries()));
            }
            declared(zip, name, limits);
            inflated(zip, format, name, limits);
        } catch (ZipException | EOFException | IllegalArgumentException | IllegalStateException e) {
            // No central directory (truncated), a part encrypted by the ZIP itself, cut short or garbled.
            throw damaged(name, format);
        }
    }

    /** True when the file begins as a ZIP does: a local file header, or the end of an empty archive. */
    private static boolean startsAsZip(Path file) throws IOException {
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(start, 0, 4) < 4) {
                return false;
            }
        }
        return start[0] == 'P' && start[1] == 'K' && (start[2] == 3 && start[3] == 4 || start[2] == 5 && start[3] == 6);
    }

    /** What the central directory says, before anything is inflated. */
    private static void declared(ZipFile zip, String name, Limits limits) throws ImportFileException {
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            if (size < 0) {
                continue; // Not declared: the count while inflating decides.
            }
            total += size;
            if (size > limits.maxBytes() || total > limits.maxBytes()) {
                throw tooBig(name, limits);
            }
            checkRatio(size, entry.getCompressedSize(), name, limits);
        }
    }

    /** Every part inflated into a counting sink: the count stops at the limit, whatever the headers declared. */
    private static void inflated(ZipFile zip, TableFile.Format format, String name, Limits limits)
            throws ImportFileException, IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (total > limits.maxBytes()) {
                        throw tooBig(name, limits);
                    }
                    checkRatio(size, entry.getCompressedSize(), name, limits);
                    crc.update(buffer, 0, n);
                }
            }
            boolean sizeLies = entry.getSize() >= 0 && size != entry.getSize();
            if (sizeLies || entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
                throw damaged(name, format);
            }
        }
    }

    private static void checkRatio(long size, long compressed, String name, Limits limits)
            throws ImportFileException {
        if (size > limits.ratioFrom() && compressed >= 0 && size > limits.maxRatio() * Math.max(compressed, 1)) {
            throw new ImportFileException(Problem.of("import.archive.ratio", name,
                    String.valueOf(limits.maxRatio())));
        }
    }

    private static ImportFileException tooBig(String name, Limits limits) {
        return new ImportFileException(Problem.of("import.archive.tooBig", name,
                String.valueOf(limits.maxMegabytes())));
    }

    private static ImportFileException damaged(String name, TableFile.Format format) {
        return new ImportFileException(Problem.of("import.archive.damaged", name,
                format.extension().toUpperCase(Locale.ROOT)));
    }
}
