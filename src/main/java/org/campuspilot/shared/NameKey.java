package org.campuspilot.shared;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares names the way a person would when looking for duplicates: case, accents, punctuation and legal forms
 * (SAS, SARL, ...) do not count, and one or two typing slips in a long name do not hide a duplicate.
 */
public final class NameKey {
    private static final Set<String> LEGAL_FORMS = Set.of("sa", "sas", "sasu", "sarl", "eurl", "snc", "sci", "scop",
            "scic", "gie", "sca", "scs", "ei", "eirl", "selarl", "selas", "sem", "spl", "cie", "ste", "societe",
            "ets", "etablissements", "et");

    private NameKey() {
    }

    /** The name reduced to what identifies it: {@code "Sté DUPONT & Fils, S.A.R.L."} gives {@code "dupont fils"}. */
    public static String of(String name) {
        String s = Text.searchKey(name).replaceAll("\\b([a-z])\\.(?=[a-z]\\.)", "$1")
                .replaceAll("\\b([a-z])\\.", "$1");
        return Arrays.stream(s.split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !LEGAL_FORMS.contains(w))
                .collect(Collectors.joining(" "));
    }

    /** True when the two names are the same or nearly the same once reduced by {@link #of}. */
    public static boolean similar(String a, String b) {
        String x = of(a);
        String y = of(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y) || x.replace(" ", "").equals(y.replace(" ", ""))) {
            return true;
        }
        int longest = Math.max(x.length(), y.length());
        int allowed = longest >= 12 ? 2 : longest >= 6 ? 1 : 0;
        return allowed > 0 && Math.abs(x.length() - y.length()) <= allowed && distance(x, y) <= allowed;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
