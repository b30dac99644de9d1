package org.campuspilot.shared;

import java.util.regex.Pattern;

/** An e-mail address, checked for the shape {@code name@domain.tld} (no deliverability check, which needs a network). */
public record EmailAddress(String address) {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        if (address == null || !SHAPE.matcher(address).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + address);
        }
    }

    public static Checked<EmailAddress> check(String input) {
        String s = input == null ? "" : input.strip();
        if (!SHAPE.matcher(s).matches()) {
            return Checked.fail("validation.email.format", s);
        }
        return Checked.ok(new EmailAddress(s));
    }

    @Override
    public String toString() {
        return address;
    }
}
