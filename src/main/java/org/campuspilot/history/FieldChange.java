package org.campuspilot.history;

/** One column of one audit entry whose value changed; values are the stored text (null when empty). */
public record FieldChange(String column, String before, String after) {
}
