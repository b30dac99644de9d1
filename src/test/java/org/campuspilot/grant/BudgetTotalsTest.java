package org.campuspilot.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Problem;
import org.junit.jupiter.api.Test;

/** The Cerfa lines and the budget rules: totals to the cent, balance, 86 = 87. */
class BudgetTotalsTest {

    private static Money m(String typed) {
        return Money.check(typed).value();
    }

    @Test
    void theCatalogueHoldsEachLineOnceUnderAGroupOfItsOwnSide() {
        Set<String> codes = new HashSet<>();
        for (BudgetLine line : BudgetLine.ALL) {
            assertTrue(codes.add(line.code()), "twice: " + line.code());
            if (line.parent() != null) {
                BudgetLine group = BudgetLine.of(line.parent()).orElseThrow();
                assertEquals(group.side(), line.side(), line.code());
                assertTrue(group.parent() == null, "one level of sub-lines only");
            }
        }
        assertEquals(List.of("74-ETAT", "74-REGION", "74-DEPARTEMENT", "74-INTERCO", "74-COMMUNE", "74-SOCIAL",
                "74-EUROPE", "74-ASP", "74-PRIVE", "74-AUTRE"),
                BudgetLine.of("74").orElseThrow().subLines().stream().map(BudgetLine::code).toList(),
                "line 74 split by funder");
        assertTrue(BudgetLine.of("65").orElseThrow().takesAmounts());
        assertTrue(!BudgetLine.of("64").orElseThrow().takesAmounts());
    }

    @Test
    void totalsAreExactToTheCentAndTheBalanceIsShown() {
        Map<String, Money> b = new HashMap<>();
        b.put("604", m("12 500,00"));
        b.put("606", m("1 234,56"));
        b.put("625", m("3 210,99"));
        b.put("641", m("38 000"));
        b.put("645", m("15 200,45"));
        b.put("CI", m("2 000"));
        b.put("74-REGION", m("60 000"));
        b.put("74-ETAT", m("5 000"));
        b.put("756", m("4 500"));
        b.put("758", m("2 646"));
        b.put("864", m("7 800"));
        b.put("870", m("7 800"));
        BudgetTotals t = BudgetTotals.of(b);
        // By hand: 12 500 + 1 234,56 + 3 210,99 + 38 000 + 15 200,45 + 2 000 = 72 146,00
        assertEquals(m("72 146,00"), t.charges());
        // 60 000 + 5 000 + 4 500 + 2 646 = 72 146
        assertEquals(m("72 146"), t.produits());
        assertEquals(Money.ZERO, t.result());
        assertEquals(List.of(), t.warnings(), "balanced, and 86 = 87");
        assertEquals(m("53 200,45"), BudgetTotals.lineTotal(BudgetLine.of("64").orElseThrow(), b));
        assertEquals(m("65 000"), BudgetTotals.lineTotal(BudgetLine.of("74").orElseThrow(), b));
        assertEquals(m("7 800"), t.contributionEmplois(), "86 outside the totals");
    }

    @Test
    void anUnbalancedBudgetAndUnequalContributionsAreWarnedNeverFixed() {
        Map<String, Money> b = new HashMap<>(Map.of("604", m("1 000"), "74-REGION", m("900"), "861", m("500"),
                "875", m("450")));
        List<Problem> w = BudgetTotals.of(b).warnings();
        assertEquals(List.of("grant.budget.insuffisance", "grant.budget.contributionsDiffer"),
                w.stream().map(Problem::key).toList());
        assertEquals(new Money(10000).display(), w.get(0).args().get(0), "100,00 € missing");
        b.put("74-REGION", m("1 100"));
        assertEquals("grant.budget.excedent", BudgetTotals.of(b).warnings().get(0).key());
        assertEquals(m("500"), b.get("861"), "nothing was changed to make it balance");
    }
}
