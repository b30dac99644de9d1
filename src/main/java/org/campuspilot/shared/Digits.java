package org.campuspilot.shared;

/** Digit-string helpers for the identifier checks. */
final class Digits {
    private Digits() {
    }

    static boolean only(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static int sum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    /** Luhn: from the right, doubles every second digit (minus 9 above 9); valid when the sum is a multiple of 10. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
