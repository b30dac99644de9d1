package org.campuspilot.ui;

/**
 * One line of the merge dialog: a field's label and its value in each of the two records, as shown. A joinable field
 * (notes) may also keep both values. The side chosen at first may be given ({@code preferred}); otherwise it is
 * {@link #defaultSide}'s rule.
 */
public record MergeField(String label, String left, String right, boolean joinable, Side preferred) {

    /** Which value to keep. */
    public enum Side {
        LEFT,
        RIGHT,
        BOTH
    }

    public MergeField {
        left = left == null ? "" : left;
        right = right == null ? "" : right;
    }

    public MergeField(String label, String left, String right, boolean joinable) {
        this(label, left, right, joinable, null);
    }

    /** The side chosen before the user says anything: the left value unless it is empty and the right one is not. */
    public Side defaultSide() {
        if (preferred != null) {
            return preferred;
        }
        if (left.equals(right)) {
            return Side.LEFT;
        }
        if (left.isBlank()) {
            return Side.RIGHT;
        }
        return joinable && !right.isBlank() ? Side.BOTH : Side.LEFT;
    }

    /** Picks a value by side; BOTH joins two texts with a blank line. */
    public static <T> T pick(Side side, T left, T right) {
        return side == Side.RIGHT ? right : left;
    }

    public static String join(Side side, String left, String right) {
        if (side != Side.BOTH) {
            return pick(side, left, right);
        }
        if (left == null || left.isBlank()) {
            return right;
        }
        return right == null || right.isBlank() ? left : left + "\n\n" + right;
    }
}
