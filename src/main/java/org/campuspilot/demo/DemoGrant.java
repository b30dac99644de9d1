package org.campuspilot.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.campuspilot.db.Jdbc;
import org.campuspilot.grant.BudgetRepository;
import org.campuspilot.grant.EntryKind;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.EntryStatus;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.grant.Funder;
import org.campuspilot.grant.Grant;
import org.campuspilot.grant.GrantRepository;
import org.campuspilot.grant.GrantStatus;
import org.campuspilot.grant.Instalment;
import org.campuspilot.grant.InstalmentKind;
import org.campuspilot.shared.Money;
import org.campuspilot.store.Stores;

/**
 * The demo campus's money: the 2025 grant settled and reported; the 2026 financial year in progress on 21 November
 * 2026 (a balanced budget prévisionnel, about 150 expenses and some income, the Région's instalment of October
 * late, the European funds still awaited); the 2027 application being prepared with its budget. The expenses are
 * drawn from a fixed seed, so every demo holds the same figures.
 */
final class DemoGrant {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant AT = Instant.parse("2026-11-20T17:00:00Z");

    private DemoGrant() {
    }

    static Money euros(long euros) {
        return Money.euros(euros);
    }

    /** The 2026 budget prévisionnel: 142 000 € of charges and produits, 8 000 € in kind on each side. */
    static Map<String, Money> forecast2026() {
        Map<String, Money> b = new LinkedHashMap<>();
        b.put("604", euros(28_000));
        b.put("606", euros(4_500));
        b.put("613", euros(6_000));
        b.put("616", euros(1_200));
        b.put("618", euros(800));
        b.put("622", euros(9_000));
        b.put("623", euros(5_500));
        b.put("625", euros(7_500));
        b.put("627", euros(300));
        b.put("631", euros(1_800));
        b.put("641", euros(52_000));
        b.put("645", euros(22_000));
        b.put("CI", euros(3_400));
        b.put("74-REGION", euros(90_000));
        b.put("74-ETAT", euros(25_000));
        b.put("74-EUROPE", euros(12_000));
        b.put("756", euros(9_000));
        b.put("758", euros(6_000));
        b.put("864", euros(8_000));
        b.put("870", euros(8_000));
        return b;
    }

    static void fill(Stores stores) {
        BudgetRepository budgets = stores.budgets();
        GrantRepository grants = stores.grants();
        EntryRepository entries = stores.entries();
        Map<String, Money> b2026 = forecast2026();
        budgets.replaceForecast(2026, b2026);
        Map<String, Money> b2027 = new LinkedHashMap<>();
        b2026.forEach((code, m) -> b2027.put(code, new Money(Math.round(m.cents() * 1.03 / 10_000.0) * 10_000)));
        // The Région's line balances the budget, as the director would set it.
        b2027.remove("74-REGION");
        org.campuspilot.grant.BudgetTotals t = org.campuspilot.grant.BudgetTotals.of(b2027);
        b2027.put("74-REGION", t.charges().minus(t.produits()));
        budgets.replaceForecast(2027, b2027);

        grants.save(new Grant(null, Funder.REGION, "Région Bretagne", 2025, "Fonctionnement du campus 2025",
                euros(90_000), euros(85_000), LocalDate.of(2025, 1, 30), "CMQ-2025-011", LocalDate.of(2025, 2, 14),
                GrantStatus.SOLDEE, null, LocalDate.of(2026, 5, 28), List.of(
                        new Instalment(null, InstalmentKind.AVANCE, LocalDate.of(2025, 3, 15), euros(42_500),
                                "Convention signée", LocalDate.of(2025, 3, 18), euros(42_500)),
                        new Instalment(null, InstalmentKind.ACOMPTE, LocalDate.of(2025, 10, 15), euros(25_500),
                                "Rapport d'étape", LocalDate.of(2025, 10, 22), euros(25_500)),
                        new Instalment(null, InstalmentKind.SOLDE, LocalDate.of(2026, 7, 31), euros(17_000),
                                "Compte rendu financier reçu", LocalDate.of(2026, 7, 9), euros(17_000))),
                "En 2025, le campus a animé son réseau de 11 établissements et 20 entreprises : forums des métiers,"
                        + " visites d'entreprises, modules de découverte de la robotique pour les collégiens.",
                "Les charges indirectes (locaux du lycée support, reprographie) sont affectées au prorata des heures"
                        + " de la directrice opérationnelle consacrées au campus (40 %).",
                "Bénévolat des chefs d'entreprise intervenant dans les classes, valorisé au SMIC horaire chargé.",
                Map.of(), null), AT);
        Grant region = grants.save(new Grant(null, Funder.REGION, "Région Bretagne", 2026,
                "Fonctionnement du campus 2026", euros(95_000), euros(90_000), LocalDate.of(2026, 1, 29),
                "CMQ-2026-017", LocalDate.of(2026, 2, 12), GrantStatus.ACCORDEE, null, null, List.of(
                        new Instalment(null, InstalmentKind.AVANCE, LocalDate.of(2026, 3, 15), euros(45_000),
                                "Convention signée", LocalDate.of(2026, 3, 20), euros(45_000)),
                        new Instalment(null, InstalmentKind.ACOMPTE, LocalDate.of(2026, 10, 15), euros(27_000),
                                "Rapport d'étape", null, null),
                        new Instalment(null, InstalmentKind.SOLDE, LocalDate.of(2027, 7, 31), euros(18_000),
                                "Compte rendu financier reçu", null, null)),
                null, null, null, Map.of(), null), AT);
        // The Rectorat funds one project, the discovery workshops: its compte rendu reports that project alone (its
        // part of the budget, the workshops, a tenth of the director's time), not the association's whole budget.
        org.campuspilot.grant.AnalyticProject discovery = stores.projects().save(
                new org.campuspilot.grant.AnalyticProject(null, "Actions de découverte des métiers", null), AT);
        Map<String, Money> discovery2026 = new LinkedHashMap<>();
        discovery2026.put("604", euros(18_300));
        discovery2026.put("641", euros(4_700));
        discovery2026.put("645", euros(2_000));
        discovery2026.put("74-ETAT", euros(25_000));
        stores.projects().replaceForecast(discovery.id(), 2026, discovery2026);
        Grant rectorat = grants.save(new Grant(null, Funder.ETAT, "Rectorat de Rennes", 2026,
                "Actions de découverte des métiers", euros(25_000), euros(25_000), LocalDate.of(2026, 2, 20),
                "DAFPIC-2026-08", LocalDate.of(2026, 3, 2), GrantStatus.ACCORDEE, null, null, List.of(
                        new Instalment(null, InstalmentKind.AVANCE, LocalDate.of(2026, 4, 1), euros(15_000),
                                "Convention signée", LocalDate.of(2026, 4, 2), euros(15_000)),
                        new Instalment(null, InstalmentKind.SOLDE, LocalDate.of(2026, 12, 15), euros(10_000),
                                "Bilan des actions", null, null)),
                null, null, null, Map.of(), null, discovery.id()), AT);
        grants.save(new Grant(null, Funder.EUROPE, "FSE+ Bretagne", 2026, "Mobilités et égalité filles-garçons",
                euros(12_000), null, null, null, null, GrantStatus.DEPOSEE, null, null, List.of(), null, null, null,
                Map.of(), null), AT);
        grants.save(new Grant(null, Funder.REGION, "Région Bretagne", 2027, "Fonctionnement du campus 2027",
                euros(98_000), null, null, null, null, GrantStatus.PREPARATION, null, null, List.of(), null, null,
                null, Map.of(), null), AT);

        Jdbc jdbc = new Jdbc(stores.database());
        List<Long> events = jdbc.list("SELECT id FROM event WHERE start_date LIKE '2026-%' ORDER BY start_date",
                rs -> rs.getLong(1));
        List<Long> actions = jdbc.list("SELECT id FROM action ORDER BY id", rs -> rs.getLong(1));
        org.campuspilot.grant.AttachmentRepository attachments = stores.attachments();
        int invoices = 0;
        for (FinanceEntry e : entries2026(new Random(20_26), events, actions, region.id(), rectorat.id(),
                discovery.id())) {
            FinanceEntry saved = entries.save(e, AT);
            // The paid expenses of the Rectorat's grant carry their invoice: its justification pack is complete.
            if (saved.kind() == EntryKind.EXPENSE && saved.status() == EntryStatus.PAYEE
                    && Long.valueOf(rectorat.id()).equals(saved.grantId()) && invoices < 12) {
                String number = "F-2026-" + String.format(java.util.Locale.ROOT, "%03d", 101 + invoices++);
                attachments.apply(saved.id(), new org.campuspilot.grant.Attachment.Add("facture-" + number
                        + ".pdf", DemoInvoices.invoice(saved, number)), AT);
            }
        }
    }

    /** A kind of expense: its line, supplier, what, how many in the year and the range of one amount. */
    private record Kind(String line, String supplier, String what, int count, long minCents, long maxCents,
            boolean monthly) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("641", "Paie", "Salaire de la directrice opérationnelle", 11, 430_000, 430_000, true),
            new Kind("645", "URSSAF", "Cotisations sociales", 11, 182_000, 182_000, true),
            new Kind("627", "Crédit Mutuel de Bretagne", "Frais de tenue de compte", 11, 2_500, 2_500, true),
            new Kind("604", "Les Petits Débrouillards", "Animation d'atelier de découverte", 20, 30_000, 250_000,
                    false),
            new Kind("606", "Bureau Vallée Rennes", "Fournitures", 25, 2_000, 40_000, false),
            new Kind("613", "Couvent des Jacobins", "Location de salle", 8, 30_000, 120_000, false),
            new Kind("616", "MAIF", "Assurance responsabilité civile", 1, 118_000, 118_000, false),
            new Kind("618", "Éditions Foucher", "Documentation pédagogique", 6, 4_000, 20_000, false),
            new Kind("622", "Cabinet Audit Ouest", "Honoraires d'expertise comptable", 6, 60_000, 180_000, false),
            new Kind("623", "Imprimerie des Hauts de Vilaine", "Impression de supports de communication", 15,
                    15_000, 70_000, false),
            new Kind("625", "SNCF Connect", "Déplacement", 35, 1_800, 28_000, false),
            new Kind("631", "URSSAF", "Formation professionnelle continue", 2, 80_000, 95_000, false));

    /** The share of the director's salary and its charges the discovery workshops bear (her time on them). */
    private static final int DISCOVERY_SHARE_OF_SALARY = 10;
    /** The discovery workshops of the year that the Rectorat's grant finances; the later ones are the campus's. */
    private static final int DISCOVERY_WORKSHOPS = 13;

    static List<FinanceEntry> entries2026(Random random, List<Long> events, List<Long> actions, long region,
            long rectorat, long discovery) {
        List<FinanceEntry> out = new ArrayList<>();
        for (Kind k : KINDS) {
            for (int i = 0; i < k.count(); i++) {
                LocalDate date = k.monthly() ? LocalDate.of(2026, i + 1, 28)
                        : LocalDate.of(2026, 1, 5).plusDays(random.nextInt(319));
                long cents = k.minCents() + (k.maxCents() == k.minCents() ? 0
                        : (random.nextLong() & Long.MAX_VALUE) % (k.maxCents() - k.minCents()));
                boolean paid = date.plusDays(30).isBefore(TODAY);
                LocalDate paidOn = paid ? date.plusDays(5 + random.nextInt(20)) : null;
                Long event = null;
                Long action = null;
                if ((k.line().equals("613") || k.line().equals("623")) && !events.isEmpty() && random.nextBoolean()) {
                    event = events.get(random.nextInt(events.size()));
                }
                if (k.line().equals("604") && !actions.isEmpty()) {
                    action = actions.get(random.nextInt(actions.size()));
                }
                boolean workshop = k.line().equals("604") && i < DISCOVERY_WORKSHOPS;
                Long grant = workshop ? Long.valueOf(rectorat)
                        : k.line().startsWith("64") ? Long.valueOf(region) : null;
                FinanceEntry entry = new FinanceEntry(null, EntryKind.EXPENSE, date, k.supplier(), k.what(),
                        new Money(cents), k.line(), paid ? EntryStatus.PAYEE : EntryStatus.ENGAGEE, paidOn,
                        "F2026-" + String.format("%03d", out.size() + 1), null, action, null, event, null, grant,
                        null, null);
                if (workshop) {
                    entry = entry.withProject(discovery, 100);
                } else if (k.line().startsWith("64")) {
                    entry = entry.withProject(discovery, DISCOVERY_SHARE_OF_SALARY);
                }
                out.add(entry);
            }
        }
        out.add(new FinanceEntry(null, EntryKind.EXPENSE, LocalDate.of(2026, 12, 31), "Lycée Bréquigny",
                "Charges indirectes : locaux et reprographie (40 %)", euros(3_400), "CI", EntryStatus.ENGAGEE, null,
                null, null, null, null, null, null, region, null, null));
        out.add(new FinanceEntry(null, EntryKind.EXPENSE, LocalDate.of(2026, 10, 31), "Chefs d'entreprise du réseau",
                "Interventions bénévoles en classe (120 h)", euros(6_000), "864", EntryStatus.PAYEE,
                LocalDate.of(2026, 10, 31), null, null, null, null, null, null, null, null, null));
        out.add(new FinanceEntry(null, EntryKind.INCOME, LocalDate.of(2026, 10, 31), "Chefs d'entreprise du réseau",
                "Bénévolat valorisé (120 h)", euros(6_000), "870", EntryStatus.PAYEE, LocalDate.of(2026, 10, 31),
                null, null, null, null, null, null, null, null, null));
        String[] members = {"Lycée Bréquigny", "Lycée Joliot-Curie", "Lycée Coëtlogon", "CFA de la CCI",
            "Lycée Victor et Hélène Basch", "Lycée Louis Guilloux", "Université de Rennes", "INSA Rennes",
            "Lycée Chateaubriand", "Lycée professionnel Jean Jaurès", "Lycée Charles Tillon", "IUT de Rennes"};
        for (int i = 0; i < members.length; i++) {
            LocalDate d = LocalDate.of(2026, 2, 1).plusDays(i * 9L);
            boolean received = i < 9;
            out.add(new FinanceEntry(null, EntryKind.INCOME, d, members[i], "Cotisation 2026", euros(750), "756",
                    received ? EntryStatus.PAYEE : EntryStatus.ENGAGEE, received ? d.plusDays(12) : null,
                    "COT-2026-" + (i + 1), null, null, null, null, null, null, null, null));
        }
        out.add(new FinanceEntry(null, EntryKind.INCOME, LocalDate.of(2026, 4, 10), "Fondation Orange Industrie",
                "Mécénat : forum des métiers", euros(3_000), "758", EntryStatus.PAYEE, LocalDate.of(2026, 5, 4),
                "MEC-2026-1", null, null, null, null, null, null, null, null));
        out.add(new FinanceEntry(null, EntryKind.INCOME, LocalDate.of(2026, 9, 18), "Mécènes du réseau",
                "Mécénat : trophées de l'industrie", euros(2_500), "758", EntryStatus.ENGAGEE, null, "MEC-2026-2",
                null, null, null, null, null, null, null, null));
        return out;
    }
}
