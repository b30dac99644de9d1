package org.campuspilot.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;

/** Writes documents to files: in full or not at all (a temporary file beside the target, then moved in place). */
public final class DocumentFiles {

    /** The formats a document may be written in. */
    public enum Format {
        PDF,
        ODT,
        ODS,
        XLSX;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** « pdf », « PDF » → PDF; null for anything else. */
        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return f;
                }
            }
            return null;
        }
    }

    private final String pageLabel;

    /** @param pageLabel the word before page numbers (« Page ») */
    public DocumentFiles(String pageLabel) {
        this.pageLabel = pageLabel;
    }

    public void write(DocumentModel model, Format format, Path out, boolean landscape) throws IOException {
        writeWhole(out, o -> {
            switch (format) {
                case PDF -> new PdfRenderer(pageLabel).write(model, o, landscape);
                case ODT -> new OdtRenderer(pageLabel).write(model, o, landscape);
                case ODS -> new OdsRenderer().write(model, o);
                case XLSX -> new XlsxRenderer().write(model, o);
                default -> throw new IllegalArgumentException(format.name());
            }
        });
    }

    /** Writes what goes to a stream. */
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes a file whole or not at all: into a temporary file beside it, then moved over {@code out}; a failure
     * leaves no file (and an older file as it was).
     */
    public static void writeWhole(Path out, StreamWriter writer) throws IOException {
        Path target = out.toAbsolutePath();
        if (isDatabase(target)) {
            throw new DatabaseFileRefused(target);
        }
        Path tmp = Files.createTempFile(target.getParent(), ".campus-pilot-", ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                writer.write(o);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a text in UTF-8, whole or not at all. */
    public static void writeText(Path out, String text) throws IOException {
        writeWhole(out, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** True when the file is an SQLite database: a campus file or a backup, which no export may replace. */
    public static boolean isDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** An export was asked to replace a campus file or a backup: refused, the file untouched. */
    public static final class DatabaseFileRefused extends IOException {
        public DatabaseFileRefused(Path file) {
            super("Refusing to replace the database " + file + " with an export");
        }

        /** True when the failure, or one of its causes, is this refusal. */
        public static boolean isCauseOf(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof DatabaseFileRefused) {
                    return true;
                }
            }
            return false;
        }
    }
}
