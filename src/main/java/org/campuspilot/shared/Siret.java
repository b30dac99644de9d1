package org.campuspilot.shared;

/**
 * A SIRET: 14 digits, the SIREN (9) and the establishment number (5), checked with Luhn. La Poste's SIRETs (SIREN
 * {@code 356000000}) follow their own rule: the plain sum of the 14 digits is a multiple of 5. Always held as 14
 * digits, valid.
 */
public record Siret(String code) {
    static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        if (problemOf(code) != null) {
            throw new IllegalArgumentException("Not a normalised valid SIRET: " + code);
        }
    }

    /** Checks user input, after removing every kind of space. */
    public static Checked<Siret> check(String input) {
        String s = Text.withoutSpaces(input);
        Problem problem = problemOf(s);
        return problem == null ? Checked.ok(new Siret(s)) : Checked.fail(problem.key(), problem.argArray());
    }

    private static Problem problemOf(String s) {
        if (s == null || s.isEmpty()) {
            return Problem.of("validation.siret.empty");
        }
        if (!Digits.only(s)) {
            return Problem.of("validation.siret.digits", s);
        }
        if (s.length() != 14) {
            return Problem.of("validation.siret.length", s, s.length());
        }
        boolean valid = s.startsWith(LA_POSTE_SIREN) ? Digits.sum(s) % 5 == 0 : Digits.luhn(s);
        if (!valid) {
            return Problem.of("validation.siret.checksum", s);
        }
        // The first nine digits are the company's SIREN, which carries its own key: a SIRET whose SIREN fails it
        // cannot exist (21350000000004 passes the SIRET's key, not its SIREN's).
        return Digits.luhn(s.substring(0, 9)) ? null : Problem.of("validation.siret.sirenChecksum", s,
                s.substring(0, 9));
    }

    public String siren() {
        return code.substring(0, 9);
    }

    /** Shown with the usual grouping: {@code 193 500 311 00017}. */
    public String display() {
        return code.substring(0, 3) + " " + code.substring(3, 6) + " " + code.substring(6, 9) + " " + code.substring(9);
    }

    @Override
    public String toString() {
        return code;
    }
}
