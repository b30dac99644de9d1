package org.campuspilot.grant;

import java.time.LocalDate;
import java.util.List;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionStatus;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventStatus;
import org.campuspilot.shared.Hours;

/**
 * What the campus did in a financial (civil) year, for the compte rendu's qualitative review: the actions that
 * started in the year (or, undated, whose school year started in it) and were carried out (done or under way), their
 * beneficiaries and hours, and the events held (marked done) that started in it. Planned and cancelled ones do not
 * count: the same rule as the rapport d'activité's figures.
 */
public record YearActivity(int year, int actions, int beneficiaries, Hours hours, int events, int present) {

    public static YearActivity of(int year, ActionRepository actions, EventRepository events) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        int count = 0;
        int people = 0;
        Hours hours = Hours.ZERO;
        for (Action a : actions.findAll()) {
            boolean carriedOut = a.status() == ActionStatus.REALISEE || a.status() == ActionStatus.EN_COURS;
            if (!carriedOut || startYear(a) != year) {
                continue;
            }
            count++;
            people += a.beneficiaries().actualTotal();
            Hours h = a.hoursDelivered();
            hours = h == null ? hours : hours.plus(h);
        }
        List<Event> held = events.findTouching(first, last).stream()
                .filter(e -> e.status() == EventStatus.REALISE && e.timing().startDate().getYear() == year).toList();
        int present = held.stream().mapToInt(Event::totalPresent).sum();
        return new YearActivity(year, count, people, hours, held.size(), present);
    }

    private static int startYear(Action a) {
        if (a.startDate() != null) {
            return a.startDate().getYear();
        }
        if (a.endDate() != null) {
            return a.endDate().getYear();
        }
        return a.schoolYear().startYear();
    }
}
