package org.campuspilot.establishment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Text;
import org.campuspilot.shared.Uai;

/**
 * Turns a row of the Annuaire de l'éducation (columns matched by name, case-insensitively, so that both the 2023
 * and the 2026 headers work) into an establishment. A value the annuaire holds but that is not valid (a phone number
 * of 8 digits) is never stored wrong nor dropped silently: it is left empty and said in a warning.
 */
public final class AnnuaireMapping {
    /** Compiled once: the national file asks 66,000 times. */
    private static final Pattern IUT = Pattern.compile("\\bIUT\\b");
    private static final Pattern WEBSITE = Pattern.compile(
            "(?i)(https?://)?[^\\s/.:@]+(\\.[^\\s/.:@]+)+(:\\d+)?(/\\S*)?");

    private AnnuaireMapping() {
    }

    /**
     * A row whose column names are compared without case, without a byte-order mark and with spaces read as
     * underscores ({@code Code postal} is {@code Code_postal}).
     */
    public static Map<String, String> row(Map<String, String> raw) {
        Map<String, String> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        raw.forEach((k, v) -> row.put(column(k), v));
        return row;
    }

    /** A header's column name as matched: without byte-order mark or surrounding spaces, spaces as underscores. */
    public static String column(String header) {
        return header.replace("\uFEFF", "").strip().replace(' ', '_');
    }

    /**
     * An establishment read from a row, and the values kept out of it: an invalid phone number, e-mail address,
     * postal code, SIRET or website is left empty rather than stored wrong, each with the problem that says so.
     */
    public record Mapped(Establishment establishment, List<Problem> warnings) {
        public Mapped {
            warnings = List.copyOf(warnings);
        }
    }

    public static Checked<Establishment> toEstablishment(Map<String, String> row, NetworkRole role) {
        return map(row, role).map(Mapped::establishment);
    }

    /** The row's establishment and what was kept out of it; fails only when the UAI is not valid. */
    public static Checked<Mapped> map(Map<String, String> row, NetworkRole role) {
        Checked<Uai> uai = Uai.check(get(row, "Identifiant_de_l_etablissement"));
        if (!uai.isOk()) {
            return uai.map(u -> null);
        }
        List<Problem> warnings = new ArrayList<>();
        Siret siret = kept(row, "SIREN_SIRET", "siret", Siret::check, warnings);
        PostalCode postalCode = kept(row, "Code_postal", "postalCode", PostalCode::check, warnings);
        PhoneNumber phone = kept(row, "Telephone", "phone", PhoneNumber::check, warnings);
        EmailAddress email = kept(row, "Mail", "email", EmailAddress::check, warnings);
        String website = kept(row, "Web", "website", AnnuaireMapping::website, warnings);
        return Checked.ok(new Mapped(new Establishment(null, uai.value(), get(row, "Nom_etablissement"), kindOf(row),
                "Privé".equalsIgnoreCase(get(row, "Statut_public_prive")) ? Ownership.PRIVE : Ownership.PUBLIC,
                siret, Text.blankToNull(get(row, "Adresse_1")), postalCode, Text.blankToNull(get(row, "Nom_commune")),
                phone, email, website, role, null, null, null, null), warnings));
    }

    /**
     * A website as the annuaire writes it (« http://lycee-basch.fr », « www.lycee.fr/accueil »): a host with a dot,
     * no space.
     */
    static Checked<String> website(String input) {
        String s = input.strip();
        return WEBSITE.matcher(s).matches() ? Checked.ok(s) : Checked.fail("import.annuaire.website", s);
    }

    /** The checked value of a column, or null when blank or invalid: an invalid value is said in {@code warnings}. */
    private static <T> T kept(Map<String, String> row, String column, String field,
            Function<String, Checked<T>> check, List<Problem> warnings) {
        String value = get(row, column);
        if (value.isEmpty()) {
            return null;
        }
        Checked<T> c = check.apply(value);
        if (!c.isOk()) {
            warnings.add(Problem.of("import.annuaire.leftOut", c.problem().orElseThrow(),
                    Problem.of("import.field." + field)));
            return null;
        }
        return c.value();
    }

    /** The kind, from the nature code label, falling back on the type of establishment. */
    public static EstablishmentKind kindOf(Map<String, String> row) {
        String nature = get(row, "libelle_nature").toUpperCase(Locale.ROOT);
        if (nature.contains("LYCEE PROFESSIONNEL") || nature.contains("SECTION D ENSEIGNEMENT PROFESSIONNEL")) {
            return EstablishmentKind.LYCEE_PROFESSIONNEL;
        }
        if (nature.contains("LYCEE POLYVALENT")) {
            return EstablishmentKind.LYCEE_POLYVALENT;
        }
        if (nature.contains("LYCEE") && (nature.contains("GENERAL") || nature.contains("TECHNO"))) {
            return EstablishmentKind.LYCEE_GENERAL_TECHNOLOGIQUE;
        }
        if (nature.contains("APPRENTI") || nature.startsWith("CFA")) {
            return EstablishmentKind.CFA;
        }
        if (nature.contains("INGENIEUR")) {
            return EstablishmentKind.ECOLE_INGENIEURS;
        }
        if (nature.contains("UNIVERSIT") || IUT.matcher(nature).find()) {
            return EstablishmentKind.UNIVERSITE_IUT;
        }
        if (nature.contains("MAISON FAMILIALE")) {
            return EstablishmentKind.MFR;
        }
        if (nature.contains("COLLEGE")) {
            return EstablishmentKind.COLLEGE;
        }
        if (nature.contains("STS") || nature.contains("CPGE")) {
            return EstablishmentKind.ORGANISME_FORMATION;
        }
        // The GRETA column says the establishment belongs to a GRETA network, not that it is one: a GRETA is one by
        // its name or nature.
        boolean greta = nature.contains("GRETA") || get(row, "Nom_etablissement").toUpperCase(Locale.ROOT)
                .startsWith("GRETA");
        return greta ? EstablishmentKind.GRETA : EstablishmentKind.AUTRE;
    }

    private static String get(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }

}
