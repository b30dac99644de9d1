package org.campuspilot.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 30 académies of the Éducation nationale since Caen and Rouen became Normandie (1 January 2020), each with its
 * région, and the 18 régions (13 in mainland France, 5 overseas). A campus is labelled by one académie and funded
 * by its Région. Names as the ministry writes them; the annuaire writes some without accents (« Ile-de-France »),
 * which {@link #official} reads too.
 */
public final class Academies {
    private static final Map<String, String> REGION_OF = new LinkedHashMap<>();

    static {
        String[][] pairs = {
            {"Aix-Marseille", "Provence-Alpes-Côte d'Azur"}, {"Amiens", "Hauts-de-France"},
            {"Besançon", "Bourgogne-Franche-Comté"}, {"Bordeaux", "Nouvelle-Aquitaine"},
            {"Clermont-Ferrand", "Auvergne-Rhône-Alpes"}, {"Corse", "Corse"}, {"Créteil", "Île-de-France"},
            {"Dijon", "Bourgogne-Franche-Comté"}, {"Grenoble", "Auvergne-Rhône-Alpes"}, {"Guadeloupe", "Guadeloupe"},
            {"Guyane", "Guyane"}, {"La Réunion", "La Réunion"}, {"Lille", "Hauts-de-France"},
            {"Limoges", "Nouvelle-Aquitaine"}, {"Lyon", "Auvergne-Rhône-Alpes"}, {"Martinique", "Martinique"},
            {"Mayotte", "Mayotte"}, {"Montpellier", "Occitanie"}, {"Nancy-Metz", "Grand Est"},
            {"Nantes", "Pays de la Loire"}, {"Nice", "Provence-Alpes-Côte d'Azur"}, {"Normandie", "Normandie"},
            {"Orléans-Tours", "Centre-Val de Loire"}, {"Paris", "Île-de-France"}, {"Poitiers", "Nouvelle-Aquitaine"},
            {"Reims", "Grand Est"}, {"Rennes", "Bretagne"}, {"Strasbourg", "Grand Est"}, {"Toulouse", "Occitanie"},
            {"Versailles", "Île-de-France"}};
        for (String[] p : pairs) {
            REGION_OF.put(p[0], p[1]);
        }
    }

    /** The académies, in alphabetical order. */
    public static final List<String> ACADEMIES = List.copyOf(REGION_OF.keySet());

    /** The régions, in alphabetical order (accents ignored). */
    public static final List<String> REGIONS = REGION_OF.values().stream().distinct()
            .sorted(java.util.Comparator.comparing(Text::searchKey)).toList();

    private Academies() {
    }

    /** The région of an académie (written either way), if it is one. */
    public static Optional<String> regionOf(String academie) {
        return official(academie, ACADEMIES).map(REGION_OF::get);
    }

    /** The official spelling of a name in {@code names}, accents, case and « Académie de » ignored. */
    public static Optional<String> official(String typed, List<String> names) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String key = Text.searchKey(typed).strip().replaceFirst("^academie (de |d'|du )?", "");
        return names.stream().filter(n -> Text.searchKey(n).equals(key)).findFirst();
    }
}
