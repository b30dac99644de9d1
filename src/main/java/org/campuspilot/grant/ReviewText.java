package org.campuspilot.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The qualitative review of a grant as the director wrote it, and the rubrics the pre-filled text proposes
 * (« Objectifs : … ») that are still empty. A document never prints an empty rubric: it is left out, and the export
 * names it first.
 */
final class ReviewText {
    /** A line that is a rubric and an ellipsis only: « Objectifs : … », « Public touché : ... ». */
    private static final Pattern UNFILLED = Pattern.compile("(?m)^[ \\t]*([^:\\n]{1,80}?)[ \\t\\u00A0\\u202F]*:"
            + "[ \\t\\u00A0\\u202F]*(?:\\u2026|\\.\\.\\.)[ \\t]*$");

    private ReviewText() {
    }

    /** The rubrics still to write, in their order; empty when there are none. */
    static List<String> unfilled(String review) {
        List<String> out = new ArrayList<>();
        if (review != null) {
            Matcher m = UNFILLED.matcher(review);
            while (m.find()) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }

    /** The review without its empty rubrics (and the blank lines they leave), as a document prints it. */
    static String written(String review) {
        if (review == null) {
            return "";
        }
        String kept = UNFILLED.matcher(review).replaceAll("");
        return kept.replaceAll("\\n{3,}", "\n\n").strip();
    }
}
