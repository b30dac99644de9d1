package org.campuspilot.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionStatus;
import org.campuspilot.action.ActionType;
import org.campuspilot.action.Beneficiaries;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Mobility;
import org.campuspilot.action.Sex;
import org.campuspilot.company.Company;
import org.campuspilot.contact.Contact;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.Text;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.store.Stores;

/**
 * The demo campus's actions: the school years 2024-2025 and 2025-2026 done, across levels 3, 4 and 5 (CAP, bac pro,
 * BTS), two international mobilities, one action cancelled, and 2026-2027 under way.
 */
final class DemoActions {
    private DemoActions() {
    }

    static void fill(Stores stores) {
        Map<String, Establishment> byUai = stores.establishments().findAll().stream()
                .collect(Collectors.toMap(e -> e.uai().code(), e -> e));
        Map<String, Company> bySiret = stores.companies().findAll().stream()
                .collect(Collectors.toMap(c -> c.number().code(), c -> c));
        Map<String, Contact> byLastName = stores.contacts().findAll().stream()
                .collect(Collectors.toMap(Contact::lastName, c -> c));
        ActionRepository actions = stores.actions();
        DemoDirectory.read("actions-demo.csv", r -> {
            List<Contact> people = list(r, "contacts").stream().map(byLastName::get).toList();
            String[] m = text(r, "mobility") == null ? null : r.get("mobility").split("\\|", -1);
            Mobility mobility = m == null ? null : new Mobility(m[0], Mobility.Direction.valueOf(m[1]),
                    Mobility.Programme.valueOf(m[2]), Text.blankToNull(m[3]));
            Beneficiaries b = new Beneficiaries(counts(r, "target", LearnerStatus::valueOf, LearnerStatus.class),
                    counts(r, "actual", LearnerStatus::valueOf, LearnerStatus.class), Map.of(),
                    counts(r, "actual_sex", Sex::valueOf, Sex.class));
            Action a = new Action(null, r.get("title"), ActionType.valueOf(r.get("type")),
                    list(r, "levels").stream().map(l -> TrainingLevel.ofNational(Integer.parseInt(l)))
                            .collect(Collectors.toSet()),
                    new SchoolYear(Integer.parseInt(r.get("year"))), LocalDate.parse(r.get("start")),
                    LocalDate.parse(r.get("end")), ActionStatus.valueOf(r.get("status")),
                    list(r, "establishments").stream().map(u -> Organisation.establishment(byUai.get(u).id(),
                            byUai.get(u).name())).toList(),
                    list(r, "companies").stream().map(s -> Organisation.company(bySiret.get(s).id(),
                            bySiret.get(s).name())).toList(),
                    people.stream().map(Contact::id).toList(), people.stream().map(Contact::fullName).toList(),
                    text(r, "objectives"), null, b, hours(r, "hours_per"), hours(r, "total_hours"), mobility, null);
            actions.save(a, Instant.parse("2026-11-01T09:00:00Z"));
        });
    }

    private static Hours hours(CSVRecord r, String column) {
        String s = text(r, column);
        return s == null ? null : Hours.check(s).value();
    }

    private static <K extends Enum<K>> Map<K, Integer> counts(CSVRecord r, String column, Function<String, K> key,
            Class<K> type) {
        Map<K, Integer> out = new EnumMap<>(type);
        for (String pair : list(r, column)) {
            String[] kv = pair.split("=");
            out.put(key.apply(kv[0]), Integer.parseInt(kv[1]));
        }
        return out;
    }

    private static String text(CSVRecord r, String column) {
        return Text.blankToNull(r.get(column));
    }

    private static List<String> list(CSVRecord r, String column) {
        String s = text(r, column);
        return s == null ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
