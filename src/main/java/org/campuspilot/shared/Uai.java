package org.campuspilot.shared;

import java.util.Locale;

/**
 * A UAI (unité administrative immatriculée, ex-RNE): 7 digits and a check letter taken from
 * {@code ABCDEFGHJKLMNPRSTUVWXYZ} at index (the 7 digits as a number) mod 23. Always held normalised (upper case,
 * no spaces) and valid.
 */
public record Uai(String code) {
    static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    public Uai {
        if (problemOf(code) != null || !normalise(code).equals(code)) {
            throw new IllegalArgumentException("Not a normalised valid UAI: " + code);
        }
    }

    /** Checks user input, after removing spaces and upper-casing it. */
    public static Checked<Uai> check(String input) {
        String s = normalise(input);
        Problem problem = problemOf(s);
        return problem == null ? Checked.ok(new Uai(s)) : Checked.fail(problem.key(), problem.argArray());
    }

    private static String normalise(String input) {
        return Text.withoutSpaces(input).toUpperCase(Locale.ROOT);
    }

    private static Problem problemOf(String s) {
        if (s == null || s.isEmpty()) {
            return Problem.of("validation.uai.empty");
        }
        if (s.length() != 8) {
            return Problem.of("validation.uai.length", s, s.length());
        }
        String digits = s.substring(0, 7);
        if (!Digits.only(digits)) {
            return Problem.of("validation.uai.digits", s);
        }
        char expected = expectedLetter(digits);
        if (s.charAt(7) != expected) {
            return Problem.of("validation.uai.letter", s, String.valueOf(expected));
        }
        return null;
    }

    /** The check letter for the 7 digits given. */
    public static char expectedLetter(String sevenDigits) {
        return LETTERS.charAt(Integer.parseInt(sevenDigits) % 23);
    }

    /** The département part: the first 3 digits ({@code 035}, {@code 075}, {@code 620} for Corse-du-Sud). */
    public String departement() {
        return code.substring(0, 3);
    }

    @Override
    public String toString() {
        return code;
    }
}
