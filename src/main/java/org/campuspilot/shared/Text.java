package org.campuspilot.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the value types and the search code. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private Text() {
    }

    /** Null for blank input, otherwise the input trimmed. */
    public static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Removes every kind of space (normal, no-break, narrow no-break, tabs) from a code typed or pasted by a user. */
    public static String withoutSpaces(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll("");
    }

    /** Lower case without accents: the form in which names are compared and searched ("Égalité" matches "egalite"). */
    public static String searchKey(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
