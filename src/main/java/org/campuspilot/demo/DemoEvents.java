package org.campuspilot.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.campuspilot.company.Company;
import org.campuspilot.contact.Contact;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.event.Attendee;
import org.campuspilot.event.Audience;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventStatus;
import org.campuspilot.event.EventTiming;
import org.campuspilot.event.EventType;
import org.campuspilot.event.Presence;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Text;
import org.campuspilot.store.Stores;

/**
 * The demo campus's events: the school year 2025-2026 held, with participants and attendance by public, and the
 * next few months planned; one forum of October 2026 is over but still « prévu », so the screen has one to flag.
 */
final class DemoEvents {
    private DemoEvents() {
    }

    static void fill(Stores stores) {
        Map<String, Establishment> byUai = stores.establishments().findAll().stream()
                .collect(Collectors.toMap(e -> e.uai().code(), e -> e));
        Map<String, Company> bySiret = stores.companies().findAll().stream()
                .collect(Collectors.toMap(c -> c.number().code(), c -> c));
        Map<String, Contact> byLastName = stores.contacts().findAll().stream()
                .collect(Collectors.toMap(Contact::lastName, c -> c));
        EventRepository events = stores.events();
        Function<String, Organisation> establishment = uai -> Organisation.establishment(byUai.get(uai).id(),
                byUai.get(uai).name());
        Function<String, Organisation> company = siret -> Organisation.company(bySiret.get(siret).id(),
                bySiret.get(siret).name());
        DemoDirectory.read("events-demo.csv", r -> {
            boolean allDay = Boolean.parseBoolean(r.get("all_day"));
            EventTiming timing = allDay
                    ? EventTiming.allDay(LocalDate.parse(r.get("start")), LocalDate.parse(r.get("end")))
                    : EventTiming.between(LocalDateTime.parse(r.get("start")), LocalDateTime.parse(r.get("end")));
            String organiser = text(r, "organiser");
            Organisation org = organiser == null ? null : organiser.startsWith("E:")
                    ? establishment.apply(organiser.substring(2)) : company.apply(organiser.substring(2));
            Map<Audience, Integer> attendance = new EnumMap<>(Audience.class);
            for (String pair : list(r, "attendance")) {
                String[] kv = pair.split("=");
                attendance.put(Audience.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
            List<Attendee> people = new ArrayList<>();
            for (String pair : list(r, "contacts")) {
                String[] kv = pair.split(":");
                Contact c = byLastName.get(kv[0]);
                people.add(new Attendee(c.id(), c.fullName(), null, Presence.valueOf(kv[1])));
            }
            String placeUai = text(r, "place_uai");
            events.save(new Event(null, null, r.get("title"), EventType.valueOf(r.get("type")), timing,
                    text(r, "place"), placeUai == null ? null : establishment.apply(placeUai), org,
                    text(r, "description"), EventStatus.valueOf(r.get("status")), Integer.valueOf(r.get("expected")),
                    attendance, list(r, "establishments").stream().map(establishment).toList(),
                    list(r, "companies").stream().map(company).toList(), people, null),
                    timing.start().toInstant().isAfter(Instant.parse("2026-11-01T00:00:00Z"))
                            ? Instant.parse("2026-11-01T09:00:00Z") : timing.end().toInstant());
        });
    }

    private static String text(CSVRecord r, String column) {
        return Text.blankToNull(r.get(column));
    }

    private static List<String> list(CSVRecord r, String column) {
        String s = text(r, column);
        return s == null ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
