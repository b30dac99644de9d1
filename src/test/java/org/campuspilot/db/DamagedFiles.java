package org.campuspilot.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** The damaged and foreign files every opening path is tested with, made from a sound campus file. */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /** The kinds of bad file. */
    public enum Kind {
        TRUNCATED, CORRUPT, NOT_SQLITE, NEWER, FOREIGN
    }

    /** Turns a copy of {@code sound} (a closed campus file, checkpointed) into a file of the given kind. */
    public static Path make(Path sound, Path target, Kind kind) throws IOException {
        Files.copy(sound, target);
        switch (kind) {
            case TRUNCATED -> {
                try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
                    ch.truncate(ch.size() / 2);
                }
            }
            case CORRUPT -> {
                byte[] bytes = Files.readAllBytes(target);
                // The b-tree pages of the first tables: their headers become nonsense.
                for (int page = 2; page < Math.min(12, bytes.length / 4096); page++) {
                    for (int i = 0; i < 64; i++) {
                        bytes[page * 4096 + i] = (byte) (0x5A + i);
                    }
                }
                Files.write(target, bytes);
            }
            case NOT_SQLITE -> Files.writeString(target, "Nom;Ville\nLycée Bréquigny;Rennes\n");
            case NEWER -> {
                Database db = Database.open(target);
                new Jdbc(db).update(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'V99', 'x')");
                db.close(); // the WAL emptied into the file: the file is whole on its own
            }
            case FOREIGN -> {
                Files.delete(target);
                try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + target);
                        var s = c.createStatement()) {
                    s.execute("CREATE TABLE recette (nom TEXT, farine INTEGER)");
                } catch (java.sql.SQLException e) {
                    throw new IOException(e);
                }
            }
        }
        return target;
    }

    /** Removes the write permission (the file is then read-only on the disk). */
    public static void makeReadOnly(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    }

    public static List<Kind> all() {
        return List.of(Kind.values());
    }
}
