package org.campuspilot.shared;

import java.util.regex.Pattern;

/**
 * How a company is identified: its SIRET (14 digits, the establishment) or, when the establishment is not known,
 * only its SIREN (9 digits, the legal unit). Two records with the same SIRET are the same company establishment;
 * several establishments may share a SIREN.
 *
 * @param siren always present
 * @param siret null when only the SIREN is known
 */
public record CompanyNumber(Siren siren, Siret siret) {
    /** What a spreadsheet program makes of a long number: {@code 2,17003E+13}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE]\\+?\\d+");

    public CompanyNumber {
        if (siren == null || (siret != null && !siret.siren().equals(siren.code()))) {
            throw new IllegalArgumentException("SIREN " + siren + " does not match SIRET " + siret);
        }
    }

    public static CompanyNumber of(Siret siret) {
        return new CompanyNumber(new Siren(siret.siren()), siret);
    }

    /** Checks a SIRET or SIREN as typed: 14 digits are a SIRET, 9 a SIREN; spaces are ignored. */
    public static Checked<CompanyNumber> check(String input) {
        String s = Text.withoutSpaces(input);
        if (SCIENTIFIC.matcher(s).matches()) {
            return Checked.fail("validation.companyNumber.scientific", s);
        }
        if (s.isEmpty()) {
            return Checked.fail("validation.companyNumber.empty");
        }
        if (!Digits.only(s)) {
            return Checked.fail("validation.companyNumber.digits", s);
        }
        if (s.length() == 14) {
            return Siret.check(s).map(CompanyNumber::of);
        }
        if (s.length() == 9) {
            return Siren.check(s).map(siren -> new CompanyNumber(siren, null));
        }
        return Checked.fail("validation.companyNumber.length", s, s.length());
    }

    /** The SIRET when known, else the SIREN; as stored. */
    public String code() {
        return siret == null ? siren.code() : siret.code();
    }

    /** As shown: {@code 193 500 311 00017} or {@code 356 000 000}. */
    public String display() {
        return siret == null ? siren.display() : siret.display();
    }

    @Override
    public String toString() {
        return code();
    }
}
