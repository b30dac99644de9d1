package org.campuspilot.shared;

/** A French postal code: 5 digits (possibly a CEDEX code), e.g. {@code 35205}. */
public record PostalCode(String code) {

    public PostalCode {
        if (code == null || code.length() != 5 || !Digits.only(code)) {
            throw new IllegalArgumentException("Not a postal code: " + code);
        }
    }

    public static Checked<PostalCode> check(String input) {
        String s = Text.withoutSpaces(input);
        if (s.length() != 5 || !Digits.only(s)) {
            return Checked.fail("validation.postalCode.format", input == null ? "" : input.strip());
        }
        return Checked.ok(new PostalCode(s));
    }

    @Override
    public String toString() {
        return code;
    }
}
