package org.campuspilot.grant;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Money;

/** A small financial year written through the service, with the figures the tests expect typed by hand. */
final class GrantFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final int YEAR = 2026;

    final Database db;
    final GrantRepository grants;
    final BudgetRepository budgets;
    final EntryRepository entries;
    final GrantService service;
    final GrantFigures figures;
    final Map<String, Money> forecast = new LinkedHashMap<>();
    final List<FinanceEntry> saved = new ArrayList<>();
    Grant region;

    GrantFixture(Path dir) {
        this(dir, org.campuspilot.TestStore.SQLITE);
    }

    GrantFixture(Path dir, org.campuspilot.TestStore store) {
        db = store.open(dir);
        grants = new GrantRepository(db);
        budgets = new BudgetRepository(db);
        entries = new EntryRepository(db);
        service = new GrantService(db, grants, budgets, entries,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris")));
        figures = new GrantFigures(grants, budgets, entries, new ProjectRepository(db));
    }

    static Money m(String typed) {
        return Money.check(typed).value();
    }

    GrantFixture fill() {
        forecast.put("604", m("12 000"));
        forecast.put("606", m("2 500,50"));
        forecast.put("613", m("1 800"));
        forecast.put("625", m("3 000"));
        forecast.put("641", m("40 000"));
        forecast.put("645", m("16 000"));
        forecast.put("CI", m("1 699,50"));
        forecast.put("74-REGION", m("60 000"));
        forecast.put("74-ETAT", m("10 000"));
        forecast.put("756", m("7 000"));
        forecast.put("864", m("4 000"));
        forecast.put("870", m("4 000"));
        service.saveForecast(YEAR, forecast);
        expense("2026-01-15", "604", "4 500", EntryStatus.PAYEE);
        expense("2026-03-02", "604", "4 250,25", EntryStatus.PAYEE);
        expense("2026-06-20", "604", "2 000", EntryStatus.ENGAGEE);
        expense("2026-02-10", "606", "1 234,56", EntryStatus.ENGAGEE);
        expense("2026-04-11", "606", "1 500", EntryStatus.PAYEE);
        expense("2026-05-05", "625", "812,40", EntryStatus.PAYEE);
        expense("2026-01-31", "641", "3 333,33", EntryStatus.PAYEE);
        expense("2026-02-28", "641", "3 333,33", EntryStatus.PAYEE);
        expense("2026-01-31", "645", "1 400,01", EntryStatus.PAYEE);
        expense("2026-12-31", "CI", "1 699,50", EntryStatus.ENGAGEE);
        expense("2026-10-01", "864", "3 100", EntryStatus.PAYEE);
        expense("2025-12-31", "606", "999,99", EntryStatus.PAYEE);
        expense("2027-01-01", "606", "888,88", EntryStatus.ENGAGEE);
        income("2026-03-15", "756", "6 200", EntryStatus.PAYEE);
        income("2026-10-01", "870", "3 100", EntryStatus.PAYEE);
        region = service.save(new Grant(null, Funder.REGION, "Région Bretagne", YEAR, "Fonctionnement du campus",
                m("65 000"), m("60 000"), LocalDate.of(2026, 2, 12), "CONV-2026-042", LocalDate.of(2026, 2, 20),
                GrantStatus.ACCORDEE, null, null, List.of(
                        new Instalment(null, InstalmentKind.AVANCE, LocalDate.of(2026, 3, 1), m("30 000"),
                                "Convention signée", LocalDate.of(2026, 3, 4), m("30 000")),
                        new Instalment(null, InstalmentKind.ACOMPTE, LocalDate.of(2026, 9, 30), m("18 000"),
                                "Rapport d'étape", null, null),
                        new Instalment(null, InstalmentKind.SOLDE, LocalDate.of(2027, 4, 30), m("12 000"),
                                "Compte rendu financier", null, null)),
                "Bilan de l'année", "Au prorata des heures", "Bénévolat des chefs d'entreprise",
                Map.of("606", "Achat de matériel pour le forum"), null));
        service.save(new Grant(null, Funder.ETAT, "Rectorat de Rennes", YEAR, "Actions de découverte", m("10 000"),
                null, null, null, null, GrantStatus.DEPOSEE, null, null, List.of(), null, null, null, null, null));
        FinanceEntry linked = saved.get(0);
        service.save(new FinanceEntry(linked.id(), linked.kind(), linked.date(), linked.party(), linked.description(),
                linked.amount(), linked.lineCode(), linked.status(), linked.paidOn(), linked.reference(), null, null,
                null, null, null, region.id(), null, null));
        return this;
    }

    private void expense(String date, String line, String amount, EntryStatus status) {
        entry(EntryKind.EXPENSE, date, line, amount, status);
    }

    private void income(String date, String line, String amount, EntryStatus status) {
        entry(EntryKind.INCOME, date, line, amount, status);
    }

    private void entry(EntryKind kind, String date, String line, String amount, EntryStatus status) {
        LocalDate d = LocalDate.parse(date);
        saved.add(service.save(new FinanceEntry(null, kind, d, "Fournisseur " + saved.size(), "Objet " + line,
                m(amount), line, status, status == EntryStatus.PAYEE ? d : null, "F-" + saved.size(), null, null,
                null, null, null, null, null, null)));
    }
}
