package org.campuspilot.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campuspilot.establishment.EstablishmentKind;

/**
 * Which rows of the annuaire the director wants: by département (« 035 », « 35 » or « 2A »), by académie code, by
 * kind of establishment; an empty set does not filter.
 */
public record AnnuaireFilter(Set<String> departements, Set<String> academies, Set<EstablishmentKind> kinds) {
    public static final AnnuaireFilter ALL = new AnnuaireFilter(Set.of(), Set.of(), Set.of());

    /**
     * The kinds a campus usually gathers, which the import screen proposes: lycées professionnels, polyvalents,
     * technologiques, CFA, universities, IUT and schools, GRETA, MFR, training providers. Not the collèges, écoles,
     * services (rectorat, DSDEN, circonscriptions) or CIO, which the director may still tick.
     */
    public static final Set<EstablishmentKind> USUAL_KINDS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(EstablishmentKind.LYCEE_PROFESSIONNEL, EstablishmentKind.LYCEE_POLYVALENT,
                    EstablishmentKind.LYCEE_GENERAL_TECHNOLOGIQUE, EstablishmentKind.CFA,
                    EstablishmentKind.UNIVERSITE_IUT, EstablishmentKind.ECOLE_INGENIEURS, EstablishmentKind.GRETA,
                    EstablishmentKind.MFR, EstablishmentKind.ORGANISME_FORMATION));

    private static final java.util.regex.Pattern DEPARTEMENT = java.util.regex.Pattern.compile(
            "(?i)0{0,2}[1-9]|0?[1-9]\\d|0?2[AB]|9[78]\\d");

    public AnnuaireFilter {
        departements = departements.stream().map(AnnuaireFilter::departement).collect(Collectors.toUnmodifiableSet());
        academies = academies.stream().map(a -> a.strip().replaceFirst("^0+(?=.)", ""))
                .collect(Collectors.toUnmodifiableSet());
        kinds = Set.copyOf(kinds);
    }

    /**
     * True when the code is written as the annuaire writes a département, its leading zeros optional: « 035 », « 35 »,
     * « 5 », « 2A », « 02B », « 974 ». « abc » or « 2025 » is a typing mistake that would filter every row out.
     */
    public static boolean isDepartement(String code) {
        return code != null && DEPARTEMENT.matcher(code.strip()).matches();
    }

    /** True for an académie's code as the annuaire writes it: one or two digits (« 14 », « 01 », « 1 »). */
    public static boolean isAcademie(String code) {
        return code != null && code.strip().matches("\\d{1,2}") && !code.strip().matches("0+");
    }

    /** « 35 », « 035 » → « 035 »; « 2a » → « 02A »; the annuaire writes three characters. */
    static String departement(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        while (!c.isEmpty() && c.length() < 3) {
            c = "0" + c;
        }
        return c;
    }

    boolean matches(Map<String, String> row, EstablishmentKind kind) {
        return (departements.isEmpty() || departements.contains(departement(row.getOrDefault("Code_departement",
                ""))))
                && (academies.isEmpty() || academies.contains(row.getOrDefault("Code_academie", "").strip()
                        .replaceFirst("^0+(?=.)", "")))
                && (kinds.isEmpty() || kinds.contains(kind));
    }
}
