package org.campuspilot.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A NAF/APE activity code, {@code NN.NNL} ({@code 85.32Z}, {@code 29.10Z}), with the nomenclature it belongs to.
 * Typed with or without the dot and in any case; under NAF rév. 2 the division (the first two digits) must exist.
 */
public record Naf(String code, NafVersion version) {
    private static final Pattern FORMAT = Pattern.compile("\\d{2}\\.\\d{2}[A-Z]");
    /** The divisions of NAF rév. 2 (88 of them, 01 to 99 with gaps). */
    private static final Set<String> REV2_DIVISIONS = Set.of(("01 02 03 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25"
            + " 26 27 28 29 30 31 32 33 35 36 37 38 39 41 42 43 45 46 47 49 50 51 52 53 55 56 58 59 60 61 62 63 64 65 66"
            + " 68 69 70 71 72 73 74 75 77 78 79 80 81 82 84 85 86 87 88 90 91 92 93 94 95 96 97 98 99").split(" "));

    public Naf {
        if (code == null || !FORMAT.matcher(code).matches() || version == null) {
            throw new IllegalArgumentException("Not a normalised NAF code: " + code);
        }
    }

    /** Checks a code as typed ({@code 8532z}, {@code 85 32 Z}, {@code 85.32Z}) against the given nomenclature. */
    public static Checked<Naf> check(String input, NafVersion version) {
        String s = Text.withoutSpaces(input).toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Checked.fail("validation.naf.empty");
        }
        if (s.length() == 5 && s.indexOf('.') < 0) {
            s = s.substring(0, 2) + "." + s.substring(2);
        }
        if (!FORMAT.matcher(s).matches()) {
            return Checked.fail("validation.naf.format", input.strip());
        }
        if (version == NafVersion.REV2 && !REV2_DIVISIONS.contains(s.substring(0, 2))) {
            return Checked.fail("validation.naf.division", s, s.substring(0, 2));
        }
        return Checked.ok(new Naf(s, version));
    }

    @Override
    public String toString() {
        return code;
    }
}
