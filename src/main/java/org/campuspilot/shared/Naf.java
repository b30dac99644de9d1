package org.campuspilot.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A NAF/APE activity code, {@code NN.NNL} ({@code 85.32Z}, {@code 29.10Z}), with the nomenclature it belongs to.
 * Typed with or without the dot and in any case; under NAF rév. 2 the division (the first two digits) must exist.
 */
public record Naf(String code, NafVersion version) {
    private static final Pattern FORMAT = Pattern.compile("\\d{2}\\.\\d{2}[A-Z]");
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
        if (version == NafVersion.REV2 && !NafDivisions.rev2().containsKey(s.substring(0, 2))) {
            return Checked.fail("validation.naf.division", s, s.substring(0, 2));
        }
        return Checked.ok(new Naf(s, version));
    }

    @Override
    public String toString() {
        return code;
    }
}
