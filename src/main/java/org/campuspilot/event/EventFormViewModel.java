package org.campuspilot.event;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.document.DocumentFiles;
import org.campuspilot.document.SignInSheetPdf;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Count;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FileExport;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.OrganisationChoices;
import org.campuspilot.ui.TaskRunner;

/**
 * An event's page: what, when, where and who organises; the establishments, companies and people taking part; and,
 * after the day, who came — in bulk (« tous les inscrits étaient présents », or a pasted list of names) and by public.
 */
public final class EventFormViewModel extends FormViewModel<Event> {
    final InputField<String> title = InputField.text(true);
    final ObjectProperty<EventType> type = new SimpleObjectProperty<>();
    final ObjectProperty<Problem> typeProblem = new SimpleObjectProperty<>();
    final BooleanProperty allDay = new SimpleBooleanProperty(false);
    final InputField<LocalDate> startDate = InputField.required(FrenchFormats::parseDate);
    final InputField<LocalTime> startTime = InputField.optional(FrenchFormats::parseTime);
    final InputField<LocalDate> endDate = InputField.optional(FrenchFormats::parseDate);
    final InputField<LocalTime> endTime = InputField.optional(FrenchFormats::parseTime);
    final ObjectProperty<Organisation> placeEstablishment = new SimpleObjectProperty<>();
    final InputField<String> place = InputField.text(false);
    /** Null: the campus organises it. */
    final ObjectProperty<Organisation.Kind> organiserKind = new SimpleObjectProperty<>();
    final ObjectProperty<Organisation> organiserEstablishment = new SimpleObjectProperty<>();
    final ObjectProperty<Organisation> organiserCompany = new SimpleObjectProperty<>();
    final ObjectProperty<Problem> organiserProblem = new SimpleObjectProperty<>();
    final InputField<String> description = InputField.text(false);
    final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>(EventStatus.PREVU);
    final InputField<Integer> expected = InputField.optional(Count::check);
    final Map<Audience, InputField<Integer>> attendance = new EnumMap<>(Audience.class);
    final IntegerProperty totalPresent = new SimpleIntegerProperty();
    final ObservableList<Organisation> establishments = FXCollections.observableArrayList();
    final ObservableList<Organisation> companies = FXCollections.observableArrayList();
    /** Where each establishment and company taking part stands, by id; one added is invited, as a person is. */
    final javafx.collections.ObservableMap<Long, Presence> establishmentPresence = FXCollections.observableHashMap();
    final javafx.collections.ObservableMap<Long, Presence> companyPresence = FXCollections.observableHashMap();
    private final AttendanceSheet sheet = new AttendanceSheet();
    final ObservableList<Attendee> contacts = sheet.people;
    private final OrganisationChoices choices = new OrganisationChoices();

    /** An organisation as a picker shows it: its name, city and UAI or SIRET. */
    String organisationLabel(Organisation o) {
        return choices.label(o);
    }
    final ObservableList<Organisation> establishmentChoices = choices.establishments();
    final ObservableList<Organisation> companyChoices = choices.companies();
    final ObservableList<Attendee> contactChoices = sheet.directory;
    /** What the last pasted list of names left unrecognised; null when all were found. */
    final ObjectProperty<Problem> pasteProblem = sheet.pasteProblem;

    private final EventService service;
    private final ContactRepository contactsRepository;
    private final ICalendarWriter ics;
    private final SignInSheets signInSheets;
    private final Supplier<String> campusName;
    private final Clock clock;

    public EventFormViewModel(EventService service, ContactRepository contactsRepository,
            Supplier<String> campusName, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        super(tasks, dialogs, messages);
        this.service = service;
        this.contactsRepository = contactsRepository;
        this.ics = new ICalendarWriter(messages);
        this.signInSheets = new SignInSheets(messages);
        this.campusName = campusName;
        this.clock = clock;
        List<ObservableValue<?>> inputs = new ArrayList<>(List.of(title.text(), type, allDay, startDate.text(),
                startTime.text(), endDate.text(), endTime.text(), placeEstablishment, place.text(), organiserKind,
                organiserEstablishment, organiserCompany, description.text(), status, expected.text()));
        for (Audience a : Audience.values()) {
            InputField<Integer> f = InputField.optional(Count::check);
            attendance.put(a, f);
            inputs.add(f.text());
            f.text().addListener((o, x, y) -> totalPresent.set(total()));
        }
        trackChanges(inputs);
        conflictFields(EventFormFields.of(this, messages));
        ListChangeListener<Object> changed = c -> dirty().set(true);
        establishments.addListener(changed);
        companies.addListener(changed);
        javafx.collections.MapChangeListener<Long, Presence> presenceChanged = c -> dirty().set(true);
        establishmentPresence.addListener(presenceChanged);
        companyPresence.addListener(presenceChanged);
        contacts.addListener(changed);
        type.addListener((o, a, b) -> typeProblem.set(null));
        organiserKind.addListener((o, a, b) -> organiserProblem.set(null));
    }

    private int total() {
        int sum = 0;
        for (InputField<Integer> f : attendance.values()) {
            Checked<Integer> c = Count.check(f.text().get());
            sum += c.isOk() && c.value() != null ? c.value() : 0;
        }
        return sum;
    }

    /** Reads the establishments, companies and people that may take part. */
    public void loadChoices() {
        tasks.run(() -> List.of(contactsRepository.organisationChoices(), contactsRepository.findAll(), contactsRepository.organisationDetails()), lists -> {
            boolean wasDirty = dirty().get();
            @SuppressWarnings("unchecked") List<Organisation> orgs = (List<Organisation>) lists.get(0);
            @SuppressWarnings("unchecked") List<org.campuspilot.contact.Contact> people =
                    (List<org.campuspilot.contact.Contact>) lists.get(1);
            choices.setAll(orgs);
            @SuppressWarnings("unchecked") java.util.Map<String, String> details =
                    (java.util.Map<String, String>) lists.get(2);
            choices.setDetails(details);
            contactChoices.setAll(people.stream().filter(p -> !p.isAnonymised())
                    .map(p -> new Attendee(p.id(), p.fullName(), p.organisation() == null ? null
                            : p.organisation().name(), Presence.INVITE)).toList());
            placeEstablishment.set(choices.same(placeEstablishment.get()));
            organiserEstablishment.set(choices.same(organiserEstablishment.get()));
            organiserCompany.set(choices.same(organiserCompany.get()));
            dirty().set(wasDirty);
        }, failure -> {
        });
    }

    /** Empties the page for a new event on that day (today when null). */
    public void startNew(LocalDate day) {
        fill(null);
        if (day != null) {
            startDate.set(FrenchFormats.date(day));
            dirty().set(false);
        }
    }

    @Override
    protected void fillFields(Event e) {
        title.set(e == null ? "" : e.title());
        type.set(e == null ? null : e.type());
        EventTiming t = e == null ? null : e.timing();
        allDay.set(t != null && t.allDay());
        startDate.set(t == null ? "" : FrenchFormats.date(t.startDate()));
        startTime.set(t == null ? "" : FrenchFormats.time(t.startTime()));
        endDate.set(t == null || t.endDate().equals(t.startDate()) ? "" : FrenchFormats.date(t.endDate()));
        endTime.set(t == null ? "" : FrenchFormats.time(t.endTime()));
        placeEstablishment.set(e == null ? null : choices.same(e.placeEstablishment()));
        place.set(e == null || e.placeEstablishment() != null ? "" : e.place());
        Organisation o = e == null ? null : e.organiser();
        organiserKind.set(o == null ? null : o.kind());
        organiserEstablishment.set(o != null && o.kind() == Organisation.Kind.ESTABLISHMENT ? choices.same(o) : null);
        organiserCompany.set(o != null && o.kind() == Organisation.Kind.COMPANY ? choices.same(o) : null);
        description.set(e == null ? "" : e.description());
        status.set(e == null ? EventStatus.PREVU : e.status());
        expected.set(e == null || e.expected() == null ? "" : e.expected().toString());
        attendance.forEach((a, f) -> {
            Integer n = e == null ? null : e.attendance().get(a);
            f.set(n == null ? "" : n.toString());
        });
        establishments.setAll(e == null ? List.of() : e.establishments());
        companies.setAll(e == null ? List.of() : e.companies());
        establishmentPresence.clear();
        companyPresence.clear();
        if (e != null) {
            e.establishments().forEach(org -> establishmentPresence.put(org.id(), e.presenceOf(org)));
            e.companies().forEach(org -> companyPresence.put(org.id(), e.presenceOf(org)));
        }
        contacts.setAll(e == null ? List.of() : e.contacts());
        typeProblem.set(null);
        organiserProblem.set(null);
        pasteProblem.set(null);
    }

    /** Adds an establishment, invited. */
    public void addEstablishment(Organisation o) {
        if (o != null && establishments.stream().noneMatch(o::sameAs)) {
            establishmentPresence.put(o.id(), Presence.INVITE);
            establishments.add(o);
        }
    }

    /** Adds a company, invited. */
    public void addCompany(Organisation o) {
        if (o != null && companies.stream().noneMatch(o::sameAs)) {
            companyPresence.put(o.id(), Presence.INVITE);
            companies.add(o);
        }
    }

    /** Where an establishment or a company taking part stands (invited when nobody said yet). */
    public Presence presenceOf(Organisation o) {
        return presences(o).getOrDefault(o.id(), Presence.INVITE);
    }

    public void setPresence(Organisation o, Presence p) {
        presences(o).put(o.id(), p);
    }

    private javafx.collections.ObservableMap<Long, Presence> presences(Organisation o) {
        return o.kind() == Organisation.Kind.COMPANY ? companyPresence : establishmentPresence;
    }

    /** Adds a person, invited. */
    public void addContact(Attendee person) {
        sheet.add(person);
    }

    public void setPresence(Attendee a, Presence p) {
        sheet.setPresence(a, p);
    }

    /** « Tous les inscrits étaient présents »: every registered person becomes present. */
    public void allRegisteredPresent() {
        sheet.allRegisteredPresent();
    }

    /** Marks present the people named in a pasted list (see {@link AttendanceSheet#markPresent}). */
    public void markPresent(String pasted) {
        sheet.markPresent(pasted);
    }

    /** Asks for a pasted list of names, then marks those people present. */
    public void pasteNames() {
        dialogs.askText(messages.get("event.paste.title"), messages.get("event.paste.message"),
                messages.get("event.paste.button")).ifPresent(this::markPresent);
    }

    /** Checks every field and the timing; saves the event, its participants and attendance in one transaction. */
    @Override
    public void save(Consumer<Event> onSaved) {
        List<InputField<?>> fields = new ArrayList<>(List.of(title, startDate, startTime, endDate, endTime, place,
                description, expected));
        fields.addAll(attendance.values());
        boolean ok = checkAll(fields);
        if (type.get() == null) {
            typeProblem.set(Problem.of("validation.required"));
            ok = false;
        }
        Organisation organiser = organiser();
        if (organiserKind.get() != null && organiser == null) {
            organiserProblem.set(Problem.of("event.form.organiser.missing"));
            ok = false;
        }
        EventTiming timing = ok ? timing() : null;
        if (!ok || timing == null) {
            showFixFields();
            return;
        }
        Map<Audience, Integer> counts = new EnumMap<>(Audience.class);
        attendance.forEach((a, f) -> {
            if (f.value() != null && f.value() > 0) {
                counts.put(a, f.value());
            }
        });
        Event current = editing().get();
        Event e = new Event(current == null ? null : current.id(), current == null ? null : current.uid(),
                title.value(), type.get(), timing, placeEstablishment.get() == null ? place.value() : null,
                placeEstablishment.get(), organiser, description.value(), status.get(), expected.value(), counts,
                establishments, companies, contacts, current == null ? null : current.updatedAt(),
                kept(establishments, establishmentPresence), kept(companies, companyPresence));
        saveInBackground(() -> Checked.ok(service.save(e, current)), onSaved, formProblem()::set);
    }

    /** The presences of the organisations still in the list (one removed then added again is invited anew). */
    private Map<Long, Presence> kept(List<Organisation> taking, Map<Long, Presence> presences) {
        Map<Long, Presence> out = new java.util.HashMap<>();
        taking.forEach(o -> out.put(o.id(), presences.getOrDefault(o.id(), Presence.INVITE)));
        return out;
    }

    private Organisation organiser() {
        Organisation.Kind k = organiserKind.get();
        return k == null ? null : k == Organisation.Kind.ESTABLISHMENT ? organiserEstablishment.get()
                : organiserCompany.get();
    }

    /** The timing typed, or null with the problem shown at the field concerned. */
    private EventTiming timing() {
        LocalDate first = startDate.value();
        LocalDate last = endDate.value() == null ? first : endDate.value();
        if (last.isBefore(first)) {
            endDate.reject(Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(last),
                    FrenchFormats.date(first)));
            return null;
        }
        if (allDay.get()) {
            return EventTiming.allDay(first, last);
        }
        boolean ok = true;
        if (startTime.value() == null) {
            startTime.reject(Problem.of("event.form.time.required"));
            ok = false;
        }
        if (endTime.value() == null) {
            endTime.reject(Problem.of("event.form.time.required"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        LocalDateTime start = LocalDateTime.of(first, startTime.value());
        LocalDateTime end = LocalDateTime.of(last, endTime.value());
        if (!end.isAfter(start)) {
            endTime.reject(Problem.of("event.form.time.endBeforeStart", FrenchFormats.time(endTime.value()),
                    FrenchFormats.time(startTime.value())));
            return null;
        }
        return EventTiming.between(start, end);
    }

    /** Asks, then deletes the event with its participants and attendance. */
    @Override
    public void delete(Runnable onDeleted) {
        Event e = editing().get();
        if (e == null || !dialogs.confirm(messages.get("event.delete.confirm.title"),
                messages.get("event.delete.confirm.message", e.title(), FrenchFormats.date(e.timing().startDate())),
                messages.get("event.delete.confirm.button"))) {
            return;
        }
        deleteInBackground(() -> {
            service.delete(e);
            return Optional.empty();
        }, messages.get("event.delete.confirm.title"), onDeleted);
    }

    /** Writes these events to an .ics file the user chooses, and says where. */
    public void exportIcs(List<Event> events, String suggestedName) {
        if (events.isEmpty()) {
            dialogs.info(messages.get("event.ics.title"), messages.get("event.ics.none"));
            return;
        }
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("event.ics.title"), suggestedName);
        if (target.isEmpty()) {
            return;
        }
        FileExport.write(tasks, dialogs, messages, messages.get("event.ics.title"), target.get(),
                file -> DocumentFiles.writeText(file, ics.write(events, campusName.get(), Instant.now(clock))),
                path -> messages.get("event.ics.done", events.size(), path),
                path -> messages.get("event.ics.failed", path));
    }

    /**
     * Writes the feuille d'émargement of the event as saved to a PDF the user chooses: with the people invited,
     * registered or present, or blank ({@code blank}) for those who come without registering.
     */
    public void exportSignInSheet(boolean blank) {
        Event e = current();
        if (e == null) {
            return;
        }
        String name = messages.get("event.signIn.fileName") + (blank ? "-vierge" : "") + "-"
                + e.timing().startDate() + ".pdf";
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("event.signIn.title"), name);
        if (target.isEmpty()) {
            return;
        }
        SignInSheetPdf.Sheet sheet = signInSheets.sheet(e, campusName.get(), blank);
        FileExport.write(tasks, dialogs, messages, messages.get("event.signIn.title"), target.get(),
                file -> signInSheets.write(sheet, file),
                path -> blank ? messages.get("event.signIn.blankDone", path)
                        : messages.get("event.signIn.done", sheet.lines().size(), path),
                path -> messages.get("event.signIn.failed", path));
    }

    /** True when the event is over and still « prévu »: the page asks the director to complete it. */
    public boolean toComplete(Event e) {
        return e != null && EventRow.of(e, java.time.ZonedDateTime.now(clock.withZone(EventTiming.PARIS)))
                .toComplete();
    }

    /** The event shown, as saved (null for a new one). */
    public Event current() {
        return editing().get();
    }

    @Override
    protected String[] discardQuestion(Event e) {
        return new String[] {messages.get("event.discard.title"),
            e == null ? messages.get("event.discard.messageNew") : messages.get("event.discard.message", e.title()),
            messages.get("event.discard.button")};
    }
}
