package org.campuspilot.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One backup: a consistent copy of the campus file, named after the file, the moment it was taken and why:
 * {@code mon-campus_2026-11-22_18-05-00_auto.sauvegarde}.
 */
public record BackupFile(Path path, LocalDateTime takenAt, Reason reason, long size) {
    static final String EXTENSION = ".sauvegarde";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    /** Why a backup was taken; the automatic and manual ones are rotated, the others are kept apart. */
    public enum Reason {
        AUTO("auto"), MANUAL("manuelle"), BEFORE_MIGRATION("avant-migration"), BEFORE_RESTORE("avant-restauration");

        final String code;

        Reason(String code) {
            this.code = code;
        }

        /** Taken before something replaced or changed the file: not thinned out with the daily ones. */
        public boolean isSafety() {
            return this == BEFORE_MIGRATION || this == BEFORE_RESTORE;
        }

        public String messageKey() {
            return "backup.reason." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String fileName(String stem, LocalDateTime at, Reason reason) {
        return stem + "_" + STAMP.format(at) + "_" + reason.code + EXTENSION;
    }

    /** Reads a backup's name; other files of the folder give nothing. */
    static Optional<BackupFile> parse(Path path, long size) {
        String name = path.getFileName().toString();
        if (!name.endsWith(EXTENSION)) {
            return Optional.empty();
        }
        String core = name.substring(0, name.length() - EXTENSION.length());
        int reasonAt = core.lastIndexOf('_');
        int stampAt = reasonAt < 20 ? -1 : reasonAt - 19;
        if (reasonAt < 0 || stampAt < 1 || core.charAt(stampAt - 1) != '_') {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(core.substring(stampAt, reasonAt), STAMP);
            String code = core.substring(reasonAt + 1);
            for (Reason r : Reason.values()) {
                if (r.code.equals(code)) {
                    return Optional.of(new BackupFile(path, at, r, size));
                }
            }
        } catch (java.time.format.DateTimeParseException e) {
            // Not one of ours.
        }
        return Optional.empty();
    }
}
