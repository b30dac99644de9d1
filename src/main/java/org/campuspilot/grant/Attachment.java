package org.campuspilot.grant;

import java.time.Instant;

/**
 * The pièce justificative of an expense or an income (an invoice's scan, a receipt), kept in the campus itself.
 *
 * @param fileName the name the file had when it was attached, which it gets back when it is opened or exported
 * @param sha256 the file's bytes' SHA-256, which names them in the campus (the same bytes are kept once)
 */
public record Attachment(long entryId, String fileName, String sha256, long size, Instant addedAt) {

    /** What a save does with the entry's attachment. */
    public sealed interface Change permits Keep, Remove, Add {
    }

    /** The attachment stays as it is (or there is none). */
    public record Keep() implements Change {
    }

    /** The attachment is taken off the entry (its bytes stay in the campus, for an undo or the Corbeille). */
    public record Remove() implements Change {
    }

    /** A file attached, or put in the place of the one attached before. */
    public record Add(String fileName, byte[] content) implements Change {
    }

    public static final Change KEEP = new Keep();
    public static final Change REMOVE = new Remove();
}
