package org.campuspilot.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Problem;

/**
 * The totals of a budget (forecast or actual): charges, produits, the result (excédent when positive, insuffisance
 * when negative), and the contributions in kind, 86 and 87, which stay outside the totals and must be equal. The
 * rules give warnings, never a silent fix.
 */
public record BudgetTotals(Money charges, Money produits, Money contributionEmplois, Money contributionRessources) {

    /** Totals of amounts typed on the lines that take amounts (codes of {@link BudgetLine}). */
    public static BudgetTotals of(Map<String, Money> amounts) {
        Money charges = Money.ZERO;
        Money produits = Money.ZERO;
        Money emplois = Money.ZERO;
        Money ressources = Money.ZERO;
        for (BudgetLine line : BudgetLine.ALL) {
            if (!line.takesAmounts()) {
                continue;
            }
            Money m = amounts.getOrDefault(line.code(), Money.ZERO);
            switch (line.side()) {
                case CHARGE -> charges = charges.plus(m);
                case PRODUIT -> produits = produits.plus(m);
                case CONTRIBUTION_EMPLOI -> emplois = emplois.plus(m);
                case CONTRIBUTION_RESSOURCE -> ressources = ressources.plus(m);
                default -> throw new IllegalStateException(line.side().name());
            }
        }
        return new BudgetTotals(charges, produits, emplois, ressources);
    }

    /** A group line's amount: the sum of its sub-lines, or its own amount when it has none. */
    public static Money lineTotal(BudgetLine line, Map<String, Money> amounts) {
        if (line.takesAmounts()) {
            return amounts.getOrDefault(line.code(), Money.ZERO);
        }
        Money sum = Money.ZERO;
        for (BudgetLine sub : line.subLines()) {
            sum = sum.plus(amounts.getOrDefault(sub.code(), Money.ZERO));
        }
        return sum;
    }

    /** Produits minus charges: an excédent when positive, an insuffisance when negative. */
    public Money result() {
        return produits.minus(charges);
    }

    /** For a budget prévisionnel, what the director should look at: not balanced, contributions 86 and 87 differ. */
    public List<Problem> warnings() {
        List<Problem> out = new ArrayList<>();
        if (result().cents() > 0) {
            out.add(Problem.of("grant.budget.excedent", result().display()));
        } else if (result().cents() < 0) {
            out.add(Problem.of("grant.budget.insuffisance", new Money(-result().cents()).display()));
        }
        if (contributionEmplois.cents() != contributionRessources.cents()) {
            out.add(Problem.of("grant.budget.contributionsDiffer", contributionEmplois.display(),
                    contributionRessources.display()));
        }
        return out;
    }
}
