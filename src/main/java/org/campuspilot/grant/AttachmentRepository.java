package org.campuspilot.grant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Checked;

/** Plain JDBC access to the pièces justificatives kept in the campus (decision 0046). */
public final class AttachmentRepository {
    /** The largest file attached: a scanned invoice is well under it; a video is not a pièce justificative. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final String SELECT = "SELECT entry_id, file_name, sha256, size_bytes, added_at FROM entry_attachment";

    private final Jdbc jdbc;

    public AttachmentRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    /** The size of the file at {@code path} when it can be attached, or why not (missing, a folder, too big, empty). */
    public static Checked<Long> check(Path path) {
        if (!Files.exists(path)) {
            return Checked.fail("grant.entry.document.missing", path.toString());
        }
        if (!Files.isRegularFile(path)) {
            return Checked.fail("grant.entry.document.notAFile", path.toString());
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return Checked.fail("grant.entry.document.tooBig", path.getFileName().toString(),
                        (size + 1024 * 1024 - 1) / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            }
            if (size == 0) {
                return Checked.fail("grant.entry.document.empty", path.getFileName().toString());
            }
            return Checked.ok(size);
        } catch (java.io.IOException e) {
            return Checked.fail("grant.entry.document.unreadable", path.toString());
        }
    }

    /** The bytes of the file at {@code path}, read to be attached, or why it cannot be. */
    public static Checked<byte[]> read(Path path) {
        Checked<Long> checked = check(path);
        if (!checked.isOk()) {
            return Checked.fail(checked.problem().orElseThrow());
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            // The file may have grown between the check and the reading.
            return bytes.length > MAX_BYTES ? Checked.fail(check(path).problem().orElseThrow()) : Checked.ok(bytes);
        } catch (java.io.IOException | OutOfMemoryError e) {
            return Checked.fail("grant.entry.document.unreadable", path.toString());
        }
    }

    public Optional<Attachment> find(long entryId) {
        return jdbc.one(SELECT + " WHERE entry_id = ?", AttachmentRepository::map, entryId);
    }

    /** The attachments of the entries financed by a grant, in the order of the entries' dates. */
    public List<Attachment> ofGrant(long grantId) {
        return jdbc.list("""
                SELECT a.entry_id, a.file_name, a.sha256, a.size_bytes, a.added_at FROM entry_attachment a
                JOIN finance_entry f ON f.id = a.entry_id WHERE f.grant_id = ? ORDER BY f.entry_date, f.id""",
                AttachmentRepository::map, grantId);
    }

    /** The attachments of the entries a grant finances and of those of a project in a year, by the entries' dates. */
    public List<Attachment> ofGrantOrProject(long grantId, long projectId, int year) {
        return jdbc.list("""
                SELECT a.entry_id, a.file_name, a.sha256, a.size_bytes, a.added_at FROM entry_attachment a
                JOIN finance_entry f ON f.id = a.entry_id
                WHERE f.grant_id = ? OR (f.project_id = ? AND f.entry_date >= ? AND f.entry_date < ?)
                ORDER BY f.entry_date, f.id""", AttachmentRepository::map, grantId, projectId, year + "-01-01",
                (year + 1) + "-01-01");
    }

    /** The bytes of an attached file. */
    public byte[] content(String sha256) {
        return org.campuspilot.db.StoredFiles.read(jdbc, sha256)
                .orElseThrow(() -> new IllegalStateException("No attached file " + sha256));
    }

    /** Applies a save's change to the entry's attachment (call inside the entry's transaction). */
    public void apply(long entryId, Attachment.Change change, Instant now) {
        if (change instanceof Attachment.Remove) {
            jdbc.update("DELETE FROM entry_attachment WHERE entry_id = ?", entryId);
        } else if (change instanceof Attachment.Add add) {
            String sha = org.campuspilot.db.StoredFiles.keep(jdbc, add.content());
            Object[] values = {add.fileName(), sha, (long) add.content().length, now.toString(), entryId};
            if (jdbc.update("UPDATE entry_attachment SET file_name = ?, sha256 = ?, size_bytes = ?, added_at = ?"
                    + " WHERE entry_id = ?", values) == 0) {
                jdbc.update("INSERT INTO entry_attachment (file_name, sha256, size_bytes, added_at, entry_id)"
                        + " VALUES (?, ?, ?, ?, ?)", values);
            }
        }
    }

    static String sha256(byte[] content) {
        return org.campuspilot.db.StoredFiles.sha256(content);
    }

    private static Attachment map(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                Instant.parse(rs.getString(5)));
    }
}
