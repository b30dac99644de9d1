package org.campuspilot.grant;

import java.util.List;
import java.util.Optional;

/**
 * A line of the association budget and accounts as the grant forms lay them out (Cerfa 12156 for the budget
 * prévisionnel, 15059 for the compte rendu financier): charges 60 to 69 and the indirect charges, produits 70 to 79
 * with line 74 split by funder, and the contributions in kind 86 and 87, outside the totals. A group line (60, 61,
 * …) adds up its sub-lines; a line without sub-lines takes amounts itself.
 *
 * @param parent the group line's code, or null for a group or a line that stands alone
 */
public record BudgetLine(String code, Side side, String parent) {

    /** Which column of the budget a line belongs to. */
    public enum Side {
        CHARGE,
        PRODUIT,
        /** 86: emplois des contributions volontaires en nature. */
        CONTRIBUTION_EMPLOI,
        /** 87: contributions volontaires en nature. */
        CONTRIBUTION_RESSOURCE
    }

    /** Every line, in the order of the forms. */
    public static final List<BudgetLine> ALL = List.of(
            group("60", Side.CHARGE), sub("604", "60"), sub("601", "60"), sub("606", "60"),
            group("61", Side.CHARGE), sub("613", "61"), sub("615", "61"), sub("616", "61"), sub("618", "61"),
            group("62", Side.CHARGE), sub("622", "62"), sub("623", "62"), sub("625", "62"), sub("627", "62"),
            group("63", Side.CHARGE), sub("631", "63"), sub("635", "63"),
            group("64", Side.CHARGE), sub("641", "64"), sub("645", "64"), sub("647", "64"),
            group("65", Side.CHARGE), group("66", Side.CHARGE), group("67", Side.CHARGE), group("68", Side.CHARGE),
            group("69", Side.CHARGE), group("CI", Side.CHARGE),
            group("70", Side.PRODUIT), group("73", Side.PRODUIT),
            group("74", Side.PRODUIT), sub("74-ETAT", "74"), sub("74-REGION", "74"), sub("74-DEPARTEMENT", "74"),
            sub("74-INTERCO", "74"), sub("74-COMMUNE", "74"), sub("74-SOCIAL", "74"), sub("74-EUROPE", "74"),
            sub("74-ASP", "74"), sub("74-PRIVE", "74"), sub("74-AUTRE", "74"),
            group("75", Side.PRODUIT), sub("756", "75"), sub("758", "75"),
            group("76", Side.PRODUIT), group("77", Side.PRODUIT), group("78", Side.PRODUIT), sub("789", "78"),
            group("79", Side.PRODUIT),
            group("86", Side.CONTRIBUTION_EMPLOI), sub("860", "86"), sub("861", "86"), sub("862", "86"),
            sub("864", "86"),
            group("87", Side.CONTRIBUTION_RESSOURCE), sub("870", "87"), sub("871", "87"), sub("875", "87"));

    private static BudgetLine group(String code, Side side) {
        return new BudgetLine(code, side, null);
    }

    private static BudgetLine sub(String code, String parent) {
        Side side = switch (parent.substring(0, 1)) {
            case "6" -> Side.CHARGE;
            case "7" -> Side.PRODUIT;
            default -> parent.equals("86") ? Side.CONTRIBUTION_EMPLOI : Side.CONTRIBUTION_RESSOURCE;
        };
        return new BudgetLine(code, side, parent);
    }

    public static Optional<BudgetLine> of(String code) {
        return ALL.stream().filter(l -> l.code.equals(code)).findFirst();
    }

    /** The sub-lines of this group line (none for a sub-line or a line that stands alone). */
    public List<BudgetLine> subLines() {
        return ALL.stream().filter(l -> code.equals(l.parent)).toList();
    }

    /** True for the lines that take amounts: sub-lines, and group lines without sub-lines. */
    public boolean takesAmounts() {
        return subLines().isEmpty();
    }

    public String messageKey() {
        return "grant.line." + code.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
