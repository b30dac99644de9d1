package org.campuspilot.shared;

/**
 * A French phone number, stored as 10 digits starting with 0 ({@code 0321123456}); typed as 10 digits with any
 * spaces, dots or dashes, or as {@code +33} followed by 9 digits. Shown as {@code 03 21 12 34 56}.
 */
public record PhoneNumber(String digits) {

    public PhoneNumber {
        if (digits == null || digits.length() != 10 || !Digits.only(digits) || digits.charAt(0) != '0') {
            throw new IllegalArgumentException("Not a normalised phone number: " + digits);
        }
    }

    public static Checked<PhoneNumber> check(String input) {
        String s = Text.withoutSpaces(input).replace(".", "").replace("-", "").replace("(0)", "");
        if (s.startsWith("+33")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("0033")) {
            s = "0" + s.substring(4);
        }
        if (s.length() != 10 || !Digits.only(s) || s.charAt(0) != '0' || s.charAt(1) == '0') {
            return Checked.fail("validation.phone.format", input == null ? "" : input.strip());
        }
        return Checked.ok(new PhoneNumber(s));
    }

    public String display() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i += 2) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(digits, i, i + 2);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
