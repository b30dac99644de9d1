package org.campuspilot.db;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bytes of the files kept in the campus (pièces justificatives, the campus's logo), each once in
 * {@code attachment_file}, named by its SHA-256 (decision 0046). Not in the history; a row is never rewritten or
 * removed, so a change undone finds its file again.
 */
public final class StoredFiles {
    private StoredFiles() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the bytes unless they are kept already (call inside a transaction); their SHA-256. */
    public static String keep(Jdbc jdbc, byte[] content) {
        String sha = sha256(content);
        if (jdbc.count("SELECT COUNT(*) FROM attachment_file WHERE sha256 = ?", sha) == 0) {
            jdbc.update("INSERT INTO attachment_file (sha256, size_bytes, content) VALUES (?, ?, ?)", sha,
                    (long) content.length, content);
        }
        return sha;
    }

    /** The bytes kept under this SHA-256. */
    public static Optional<byte[]> read(Jdbc jdbc, String sha256) {
        return jdbc.one("SELECT content FROM attachment_file WHERE sha256 = ?", rs -> rs.getBytes(1), sha256);
    }
}
