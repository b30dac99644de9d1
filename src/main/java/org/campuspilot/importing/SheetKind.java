package org.campuspilot.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of records a director brings from a spreadsheet, each with its columns: the field, whether it is
 * required, the example of the template, and other names directors give the column. The column's title in the
 * template is the message {@code import.column.<kind>.<field>}.
 */
public enum SheetKind {
    COMPANIES(List.of(
            Column.required("number", "75012572600018", "siret", "siren", "n siret", "numero siret", "siret siren"),
            Column.required("name", "Mécatronique de l'Ille SAS", "raison sociale", "denomination", "entreprise",
                    "nom entreprise", "nom de l entreprise", "societe", "nom"),
            Column.optional("naf", "28.99B", "ape", "code ape", "code naf", "naf ape"),
            Column.optional("size", "PME", "taille", "effectif", "tranche effectif"),
            Column.optional("activity", "Machines spéciales", "activite", "secteur", "secteur d activite"),
            Column.optional("street", "12 rue de la Mécanique", "adresse", "rue", "voie"),
            Column.optional("postalCode", "35000", "cp", "code postal"),
            Column.optional("city", "Rennes", "ville", "commune", "localite"),
            Column.optional("website", "https://www.example.fr", "site", "site web", "site internet", "url"),
            Column.optional("partnerships", "Stages, Apprentissage", "partenariat", "partenariats",
                    "type de partenariat", "types de partenariat"),
            Column.optional("conventionSignedOn", "15/01/2025", "date convention", "convention signee le",
                    "date de signature"),
            Column.optional("conventionEndsOn", "14/01/2028", "fin convention", "fin de convention",
                    "convention valable jusqu au"),
            Column.optional("notes", "", "remarques", "commentaires", "observations", "commentaire"))),
    CONTACTS(List.of(
            Column.optional("firstName", "Claire", "prenom"),
            Column.required("lastName", "Le Goff", "nom", "nom de famille"),
            Column.optional("role", "Directrice déléguée aux formations", "fonction", "poste", "titre"),
            Column.optional("email", "claire.le-goff@example.fr", "mail", "e mail", "courriel", "adresse mail",
                    "adresse electronique"),
            Column.optional("phone", "02 99 00 11 01", "tel", "telephone", "portable", "numero de telephone"),
            Column.optional("organisation", "0350031U", "structure", "etablissement", "entreprise", "organisme",
                    "employeur"),
            Column.optional("lastContactOn", "14/10/2026", "dernier contact", "date du dernier contact"),
            Column.optional("notes", "", "remarques", "commentaires", "observations", "commentaire"))),
    EVENTS(List.of(
            Column.required("title", "Forum des métiers de l'industrie", "titre", "intitule", "nom", "evenement"),
            Column.required("type", "Forum ou salon", "type d evenement", "categorie"),
            Column.required("startDate", "12/03/2026", "date", "debut", "date de debut", "le"),
            Column.optional("startTime", "09:00", "heure", "heure de debut", "de"),
            Column.optional("endDate", "12/03/2026", "fin", "date de fin", "au"),
            Column.optional("endTime", "17:00", "heure de fin", "a"),
            Column.optional("place", "Parc des expositions, Rennes", "lieu", "adresse"),
            Column.optional("status", "Prévu", "statut", "etat"),
            Column.optional("expected", "300", "attendus", "participants attendus", "nombre attendu"),
            Column.optional("present", "", "presents", "participants", "nombre de participants", "participation"),
            Column.optional("establishments", "0350031U", "etablissements", "uai"),
            Column.optional("companies", "", "entreprises", "siret"),
            Column.optional("description", "", "commentaires", "remarques", "details"))),
    ACTIONS(List.of(
            Column.required("title", "Découverte de la mécatronique", "titre", "intitule", "nom", "action"),
            Column.required("type", "Découverte des métiers", "type d action", "categorie"),
            Column.required("levels", "IV", "niveau", "niveaux", "niveau de formation"),
            Column.optional("schoolYear", "2025-2026", "annee scolaire", "annee"),
            Column.optional("startDate", "12/11/2025", "debut", "date de debut", "date"),
            Column.optional("endDate", "14/11/2025", "fin", "date de fin"),
            Column.optional("status", "Réalisée", "statut", "etat"),
            Column.optional("learners", "Élèves", "public", "statut des beneficiaires", "type de public"),
            Column.optional("target", "40", "beneficiaires prevus", "objectif", "nombre prevu"),
            Column.optional("actual", "38", "beneficiaires", "nombre de beneficiaires", "beneficiaires realises",
                    "participants"),
            Column.optional("women", "9", "filles", "femmes", "dont filles", "dont femmes"),
            Column.optional("men", "29", "garcons", "hommes", "dont garcons", "dont hommes"),
            Column.optional("hoursPerBeneficiary", "6", "heures par beneficiaire", "duree", "heures"),
            Column.optional("totalHours", "", "heures totales", "total heures", "volume horaire", "heures delivrees"),
            Column.optional("establishments", "0350031U", "etablissements", "uai"),
            Column.optional("companies", "", "entreprises", "siret"),
            Column.optional("objectives", "", "objectifs"),
            Column.optional("description", "", "commentaires", "remarques", "details"),
            // The beneficiaries by public, as the actions' export writes them: read, not in the template.
            Column.extra("pupils", "dont eleves"),
            Column.extra("apprentices", "dont apprentis"),
            Column.extra("students", "dont etudiants"),
            Column.extra("adultTrainees", "stagiaires fc", "stagiaires", "dont stagiaires de la formation continue"),
            Column.extra("teachers", "dont enseignants"))),
    EXPENSES(List.of(
            Column.optional("kind", "Dépense", "type", "depense ou recette", "nature"),
            Column.required("date", "15/03/2026", "date de la depense", "date facture", "date de facture"),
            Column.required("party", "Imprimerie Morvan", "fournisseur", "tiers", "payeur", "beneficiaire",
                    "prestataire"),
            Column.required("description", "Impression des plaquettes", "objet", "libelle", "designation"),
            Column.required("amount", "1 250,50", "montant", "montant ttc", "montant en euros", "somme"),
            Column.required("line", "623", "compte", "ligne", "ligne budgetaire", "poste", "imputation"),
            Column.optional("status", "Payée", "statut", "etat"),
            Column.optional("paidOn", "30/03/2026", "date de paiement", "paye le", "date paiement",
                    "date d encaissement"),
            Column.optional("reference", "F-2026-031", "reference", "n facture", "numero de facture", "facture")));

    /**
     * One column: {@code aliases} are other titles, already {@linkplain #normalise normalised}; {@code inTemplate}:
     * the template has it (the others are read from files such as the application's own exports).
     */
    public record Column(String field, boolean required, String example, List<String> aliases, boolean inTemplate) {
        static Column required(String field, String example, String... aliases) {
            return new Column(field, true, example, List.of(aliases), true);
        }

        static Column optional(String field, String example, String... aliases) {
            return new Column(field, false, example, List.of(aliases), true);
        }

        static Column extra(String field, String... aliases) {
            return new Column(field, false, "", List.of(aliases), false);
        }
    }

    private final List<Column> columns;

    SheetKind(List<Column> columns) {
        this.columns = columns;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The columns the template writes. */
    public List<Column> templateColumns() {
        return columns.stream().filter(Column::inTemplate).toList();
    }

    public Optional<Column> column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** {@code companies}, as in the command line and the message keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the kind's name (« Entreprises »). */
    public String messageKey() {
        return "import.kind." + key();
    }

    /** The message key of a column's title in the template. */
    public String columnKey(String field) {
        return "import.column." + key() + "." + field;
    }

    /** « N° SIRET » → « n siret »: lower case, no accents, words separated by one space. */
    public static String normalise(String title) {
        String s = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("°", " ");
        return s.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
