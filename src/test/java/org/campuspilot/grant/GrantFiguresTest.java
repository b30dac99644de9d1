package org.campuspilot.grant;

import static org.campuspilot.grant.GrantFixture.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.campuspilot.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year's follow-up, the grant's progress and the deadlines, against figures worked out by hand. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class GrantFiguresTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;
    GrantFixture f;

    @BeforeEach
    void fill() {
        f = new GrantFixture(dir, store).fill();
    }

    @Test
    void eachLineAddsItsEntriesOfTheYearOnlyToTheCent() {
        BudgetFollowUp y = f.figures.followUp(2026);
        // 604: 4 500 + 4 250,25 + 2 000 committed; the first two paid.
        assertEquals(1_075_025, y.row("604").committed().cents());
        assertEquals(875_025, y.row("604").paid().cents());
        // 606: 1 234,56 + 1 500 (the 2025 and 2027 expenses are other years).
        assertEquals(273_456, y.row("606").committed().cents());
        assertEquals(150_000, y.row("606").paid().cents());
        assertEquals(250_050 - 273_456, y.row("606").remaining().cents());
        assertTrue(y.row("606").overspent());
        assertFalse(y.row("604").overspent());
        // Execution: 10 750,25 / 12 000 = 89,585 % → 89,6 %.
        assertEquals(89.6, y.row("604").executed());
        assertNull(y.row("66").executed(), "no forecast, no share");
        // The group line adds its sub-lines.
        assertEquals(1_075_025 + 273_456, y.row("60").committed().cents());
        assertEquals(1_200_000 + 250_050, y.row("60").forecast().cents());
    }

    @Test
    void anAwardedGrantCountsOnItsFundersLineAndItsInstalmentsAsReceived() {
        BudgetFollowUp y = f.figures.followUp(2026);
        assertEquals(6_000_000, y.row("74-REGION").committed().cents());
        assertEquals(3_000_000, y.row("74-REGION").paid().cents());
        assertEquals(0, y.row("74-ETAT").committed().cents(), "a grant only submitted counts nothing");
        assertEquals(6_000_000 + 620_000, y.actualTotals().produits().cents());
    }

    @Test
    void totalsAndResultAreExact() {
        BudgetFollowUp y = f.figures.followUp(2026);
        long charges = 1_075_025 + 273_456 + 81_240 + 666_666 + 140_001 + 169_950;
        assertEquals(charges, y.actualTotals().charges().cents());
        assertEquals(6_620_000 - charges, y.actualTotals().result().cents());
        long forecastCharges = 1_200_000 + 250_050 + 180_000 + 300_000 + 4_000_000 + 1_600_000 + 169_950;
        assertEquals(forecastCharges, y.forecastTotals().charges().cents());
        assertEquals(7_700_000, y.forecastTotals().produits().cents());
        assertEquals(y.forecastTotals().produits().cents() - forecastCharges, y.forecastTotals().result().cents());
        assertEquals(310_000, y.actualTotals().contributionEmplois().cents());
        assertEquals(310_000, y.actualTotals().contributionRessources().cents());
    }

    @Test
    void theSignificantGapsAreTheLinesMoreThanFifteenPerCentAway() {
        BudgetFollowUp y = f.figures.followUp(2026);
        List<String> expected = new java.util.ArrayList<>();
        for (BudgetLine line : BudgetLine.ALL) {
            if (!line.takesAmounts()) {
                continue;
            }
            long forecast = f.forecast.getOrDefault(line.code(), Money.ZERO).cents();
            long actual = y.row(line.code()).committed().cents();
            boolean significant = forecast == 0 ? actual != 0 : Math.abs(actual - forecast) * 100 > 15 * forecast;
            if (significant) {
                expected.add(line.code());
            }
        }
        assertEquals(expected, y.significantGaps().stream().map(r -> r.line().code()).toList());
        assertEquals(List.of("613", "625", "641", "645", "74-ETAT", "864", "870"), expected);
        assertFalse(expected.contains("606"), "9,4 % above: overspent, but not significant");
        assertFalse(expected.contains("604"), "10,4 % below: not significant");
        assertFalse(expected.contains("CI"), "as forecast");
        // 606: (2 734,56 − 2 500,50) / 2 500,50 = 234,06 / 2 500,50 = 9,36 % → 9,4 %.
        assertEquals(9.4, y.row("606").gapPercent());
    }

    @Test
    void theGrantsProgressAndItsLateInstalment() {
        Grant g = f.grants.findById(f.region.id()).orElseThrow();
        GrantProgress p = f.figures.progress(g);
        assertEquals(m("60 000"), p.awarded());
        assertEquals(m("30 000"), p.received());
        assertEquals(m("4 500"), p.committed(), "one expense is linked to the grant");
        assertEquals(Instalment.State.RECU, g.instalments().get(0).state(GrantFixture.TODAY));
        assertEquals(Instalment.State.EN_RETARD, g.instalments().get(1).state(GrantFixture.TODAY));
        assertEquals(Instalment.State.A_VENIR, g.instalments().get(2).state(GrantFixture.TODAY));
        assertEquals(Instalment.State.A_VENIR, g.instalments().get(1).state(LocalDate.of(2026, 9, 30)),
                "due that day, not late yet");
        assertEquals(LocalDate.of(2027, 6, 30), g.reportDue());
        assertEquals(m("60 000"), g.scheduled());

        List<Deadline> d = f.figures.deadlines(GrantFixture.TODAY);
        assertEquals(3, d.size());
        assertEquals(LocalDate.of(2026, 9, 30), d.get(0).date());
        assertTrue(d.get(0).late());
        assertEquals(Deadline.Kind.INSTALMENT, d.get(1).kind());
        assertFalse(d.get(1).late());
        assertEquals(Deadline.Kind.REPORT, d.get(2).kind());
        assertEquals(LocalDate.of(2027, 6, 30), d.get(2).date());
    }

    @Test
    void aPartialPaymentIsFlaggedAndTheYearsAreListed() {
        Instalment partial = new Instalment(null, InstalmentKind.ACOMPTE, LocalDate.of(2026, 9, 30), m("18 000"),
                null, LocalDate.of(2026, 10, 2), m("17 999,99"));
        assertEquals(Instalment.State.PARTIEL, partial.state(GrantFixture.TODAY));
        assertTrue(partial.state(GrantFixture.TODAY).needsAttention());
        assertEquals(List.of(2027, 2026, 2025), f.figures.years());
    }

    @Test
    void deletingAGrantKeepsItsExpensesUnlinked() {
        f.service.delete(f.region);
        assertEquals(0, f.grants.findByYear(2026).stream().filter(g -> g.funder() == Funder.REGION).count());
        assertNull(f.entries.findById(f.saved.get(0).id()).orElseThrow().grantId());
        assertEquals(0, f.figures.followUp(2026).row("74-REGION").committed().cents());
    }
}
