package org.campuspilot.shared;

/** A number of people or things as typed: a whole number, zero or more; spaces (thousands) are ignored. */
public final class Count {
    private Count() {
    }

    public static Checked<Integer> check(String input) {
        String s = Text.withoutSpaces(input);
        if (s.isEmpty()) {
            return Checked.ok(null);
        }
        if (!Digits.only(s) || s.length() > 7) {
            return Checked.fail("validation.count.format", input.strip());
        }
        return Checked.ok(Integer.parseInt(s));
    }
}
