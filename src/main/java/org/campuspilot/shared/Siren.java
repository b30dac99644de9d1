package org.campuspilot.shared;

/**
 * A SIREN: the 9-digit number of a company (legal unit), checked with Luhn; La Poste's {@code 356000000} passes
 * Luhn too. Always held as 9 digits, valid.
 */
public record Siren(String code) {

    public Siren {
        if (problemOf(code) != null) {
            throw new IllegalArgumentException("Not a normalised valid SIREN: " + code);
        }
    }

    /** Checks user input, after removing every kind of space. */
    public static Checked<Siren> check(String input) {
        String s = Text.withoutSpaces(input);
        Problem problem = problemOf(s);
        return problem == null ? Checked.ok(new Siren(s)) : Checked.fail(problem.key(), problem.argArray());
    }

    private static Problem problemOf(String s) {
        if (s == null || s.isEmpty()) {
            return Problem.of("validation.siren.empty");
        }
        if (!Digits.only(s)) {
            return Problem.of("validation.siren.digits", s);
        }
        if (s.length() != 9) {
            return Problem.of("validation.siren.length", s, s.length());
        }
        return Digits.luhn(s) ? null : Problem.of("validation.siren.checksum", s);
    }

    /** Shown with the usual grouping: {@code 356 000 000}. */
    public String display() {
        return code.substring(0, 3) + " " + code.substring(3, 6) + " " + code.substring(6);
    }

    @Override
    public String toString() {
        return code;
    }
}
