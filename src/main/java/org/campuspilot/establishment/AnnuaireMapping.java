package org.campuspilot.establishment;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Text;
import org.campuspilot.shared.Uai;

/**
 * Turns a row of the Annuaire de l'éducation (columns matched by name, case-insensitively, so that both the 2023
 * and the 2026 headers work) into an establishment.
 */
public final class AnnuaireMapping {
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

    public static Checked<Establishment> toEstablishment(Map<String, String> row, NetworkRole role) {
        Checked<Uai> uai = Uai.check(get(row, "Identifiant_de_l_etablissement"));
        if (!uai.isOk()) {
            return uai.map(u -> null);
        }
        Siret siret = optional(Siret.check(get(row, "SIREN_SIRET")));
        return Checked.ok(new Establishment(null, uai.value(), get(row, "Nom_etablissement"), kindOf(row),
                "Privé".equalsIgnoreCase(get(row, "Statut_public_prive")) ? Ownership.PRIVE : Ownership.PUBLIC,
                siret, Text.blankToNull(get(row, "Adresse_1")), optional(PostalCode.check(get(row, "Code_postal"))),
                Text.blankToNull(get(row, "Nom_commune")), optional(PhoneNumber.check(get(row, "Telephone"))),
                optional(EmailAddress.check(get(row, "Mail"))), Text.blankToNull(get(row, "Web")), role, null, null,
                null, null));
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
        if (nature.contains("UNIVERSIT") || nature.matches(".*\\bIUT\\b.*")) {
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

    private static <T> T optional(Checked<T> c) {
        return c.isOk() ? c.value() : null;
    }
}
