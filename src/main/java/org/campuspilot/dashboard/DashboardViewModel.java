package org.campuspilot.dashboard;

import java.time.Clock;
import org.campuspilot.grant.BudgetFollowUp;
import org.campuspilot.grant.Deadline;
import org.campuspilot.grant.GrantFigures;
import org.campuspilot.shared.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campuspilot.campus.Campus;
import org.campuspilot.campus.CampusRepository;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.ConventionStatus;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import java.time.ZonedDateTime;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventRow;
import org.campuspilot.event.EventStatus;
import org.campuspilot.event.EventTiming;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.TaskRunner;

/** The tableau de bord's figures for the network, computed in the background from the database. */
public final class DashboardViewModel {
    private final CampusRepository campuses;
    private final EstablishmentRepository establishments;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private Future<Summary> first;

    private final CompanyRepository companies;
    private final ContactRepository contacts;
    private final EventRepository events;
    private final GrantFigures grants;

    public DashboardViewModel(CampusRepository campuses, EstablishmentRepository establishments,
            CompanyRepository companies, ContactRepository contacts, EventRepository events, GrantFigures grants,
            TaskRunner tasks, Clock clock) {
        this.events = events;
        this.grants = grants;
        this.campuses = campuses;
        this.establishments = establishments;
        this.companies = companies;
        this.contacts = contacts;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * What the tableau de bord shows about the network today.
     *
     * @param labelDaysLeft days until the label ends (negative once it has ended), or null without an end date
     */
    public record Summary(Campus campus, Optional<Establishment> support, int members, int currentMembers,
            Map<EstablishmentKind, Integer> currentByKind, Long labelDaysLeft, Directory directory,
            List<Event> nextEvents, int eventsToComplete, Finance finance) {
    }

    /** How many deadlines the tableau de bord lists. */
    public static final int DEADLINES = 5;

    /**
     * The current financial year's money: charges forecast, committed and paid, the result so far, the grants of the
     * year awarded and received, and the next deadlines (late ones first, as they come soonest).
     */
    public record Finance(int year, BudgetFollowUp followUp, Money awarded, Money received, List<Deadline> deadlines,
            int lateDeadlines) {
    }

    /** How far ahead the tableau de bord looks for events. */
    public static final int NEXT_DAYS = 30;

    /**
     * The partners: companies, those whose convention is in force, contacts, and people due for review.
     */
    public record Directory(int companies, int activeConventions, int contacts, int reviewDue) {
    }

    /**
     * Figures already being computed before the view exists (the start-up computes them while the toolkit starts,
     * decision 0028): the first {@link #load()} takes them instead of reading the file again, at once when they are
     * ready. Should their computation have failed, that load computes them itself.
     */
    public void startWith(Future<Summary> computing) {
        first = computing;
    }

    public void load() {
        Future<Summary> known = first;
        first = null;
        if (known != null && known.isDone()) {
            Summary ready = FirstResult.of(known);
            if (ready != null) {
                summary.set(ready);
                return;
            }
        }
        Callable<Summary> work = known == null ? this::compute : () -> FirstResult.orElse(known, this::compute);
        tasks.run(work, summary::set, failure -> problem.set(Problem.of("dashboard.loadFailed")));
    }

    /** The figures of today, read from the file on the calling thread (never the FX thread). */
    public Summary compute() {
        LocalDate today = LocalDate.now(clock);
        List<Establishment> all = establishments.findAll();
        Map<EstablishmentKind, Integer> byKind = new EnumMap<>(EstablishmentKind.class);
        int current = 0;
        for (Establishment e : all) {
            if (e.isCurrentMember(today)) {
                current++;
                byKind.merge(e.kind(), 1, Integer::sum);
            }
        }
        Campus campus = campuses.find().orElse(null);
        Long daysLeft = campus == null || campus.labelEnd() == null ? null
                : java.time.temporal.ChronoUnit.DAYS.between(today, campus.labelEnd());
        return new Summary(campus, all.stream().filter(e -> e.role()
                == org.campuspilot.establishment.NetworkRole.SUPPORT).findFirst(),
                (int) all.stream().filter(e -> e.role().inNetwork()).count(), current, byKind,
                daysLeft, directory(today), nextEvents(today), eventsToComplete(), finance(today));
    }

    private Finance finance(LocalDate today) {
        int year = today.getYear();
        GrantFigures.YearGrants ofYear = grants.grantTotals(year);
        List<Deadline> all = grants.deadlines(today);
        return new Finance(year, grants.followUp(year), ofYear.awarded(), ofYear.received(),
                all.stream().limit(DEADLINES).toList(), (int) all.stream().filter(Deadline::late).count());
    }

    private List<Event> nextEvents(LocalDate today) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(EventTiming.PARIS));
        return events.findTouching(today, today.plusDays(NEXT_DAYS)).stream()
                .filter(e -> e.status() != EventStatus.ANNULE && !e.timing().isOverAt(now)).toList();
    }

    private int eventsToComplete() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(EventTiming.PARIS));
        return (int) events.findAll().stream().filter(e -> EventRow.of(e, now).toComplete()).count();
    }

    private Directory directory(LocalDate today) {
        List<Company> all = companies.findAll();
        List<Contact> people = contacts.findAll();
        return new Directory(all.size(),
                (int) all.stream().filter(c -> c.conventionOn(today) == ConventionStatus.ACTIVE).count(),
                people.size(), (int) people.stream().filter(c -> c.reviewDue(today)).count());
    }

    public ObjectProperty<Summary> summary() {
        return summary;
    }

    public ObjectProperty<Problem> problem() {
        return problem;
    }
}
