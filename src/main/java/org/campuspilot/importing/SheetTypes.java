package org.campuspilot.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.campuspilot.action.Action;
import org.campuspilot.action.ActionRepository;
import org.campuspilot.action.ActionStatus;
import org.campuspilot.action.ActionType;
import org.campuspilot.action.Beneficiaries;
import org.campuspilot.action.LearnerStatus;
import org.campuspilot.action.Sex;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.PartnershipKind;
import org.campuspilot.company.SizeBand;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.event.Audience;
import org.campuspilot.event.Event;
import org.campuspilot.event.EventRepository;
import org.campuspilot.event.EventStatus;
import org.campuspilot.event.EventTiming;
import org.campuspilot.event.EventType;
import org.campuspilot.grant.BudgetLine;
import org.campuspilot.grant.EntryKind;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.EntryStatus;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.shared.CompanyNumber;
import org.campuspilot.shared.Count;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.Text;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.shared.Uai;

/**
 * How each kind of record is read from a spreadsheet row (with the same checks as its form), recognised as already
 * present (its duplicate key), named in the preview, and written.
 */
final class SheetTypes {

    /** One kind of record. */
    interface SheetType<T> {
        /** The record of the row, or null when the row failed (its problem is on the row). */
        T read(SheetRow row);

        /** What makes two records the same one: a SIRET, an e-mail, a title and a date. */
        String key(T record);

        /** How the preview names the record. */
        String label(T record);

        /** The keys of the stored records, each with its label. */
        Map<String, String> existing();

        /** Writes the record; called inside the import's transaction. */
        void insert(T record);
    }

    private SheetTypes() {
    }

    static SheetType<?> of(SheetKind kind, Database database, Clock clock) {
        Directory directory = new Directory(database);
        return switch (kind) {
            case COMPANIES -> new Companies(database, clock);
            case CONTACTS -> new Contacts(database, directory, clock);
            case EVENTS -> new Events(database, directory, clock);
            case ACTIONS -> new Actions(database, directory, clock);
            case EXPENSES -> new Expenses(database, clock);
        };
    }

    /** The establishments and companies rows may name, by UAI, SIRET or name. */
    static final class Directory {
        final Map<String, Establishment> byUai = new HashMap<>();
        final Map<String, Company> byNumber = new HashMap<>();
        final Map<String, Organisation> byName = new HashMap<>();

        Directory(Database database) {
            for (Establishment e : new EstablishmentRepository(database).findAll()) {
                byUai.put(e.uai().code(), e);
                byName.putIfAbsent(NameKey.of(e.name()), Organisation.establishment(e.id(), e.name()));
            }
            for (Company c : new CompanyRepository(database).findAll()) {
                byNumber.put(c.number().code(), c);
                if (c.number().siret() != null) {
                    byNumber.putIfAbsent(c.number().siren().code(), c);
                }
                byName.putIfAbsent(NameKey.of(c.name()), Organisation.company(c.id(), c.name()));
            }
        }

        /** « 0350031U », a SIRET or a name: the organisation, or null after failing the row. */
        Organisation organisation(SheetRow row, String field, String text) {
            String s = text.strip();
            if (Uai.check(s).isOk()) {
                Establishment e = byUai.get(Uai.check(s).value().code());
                if (e == null) {
                    row.fail(field, Problem.of("import.sheet.unknownEstablishment", s));
                    return null;
                }
                return Organisation.establishment(e.id(), e.name());
            }
            String digits = s.replaceAll("\\s", "");
            if (digits.matches("\\d{9}|\\d{14}")) {
                Company c = byNumber.get(digits);
                if (c == null) {
                    row.fail(field, Problem.of("import.sheet.unknownCompany", s));
                    return null;
                }
                return Organisation.company(c.id(), c.name());
            }
            Organisation named = byName.get(NameKey.of(s));
            return named != null ? named : Organisation.other(s);
        }

        /** The establishments a list cell names by UAI (or by name). */
        List<Organisation> establishments(SheetRow row, String field) {
            List<Organisation> out = new ArrayList<>();
            for (String s : row.list(field)) {
                Organisation o = organisation(row, field, s);
                if (o != null && o.kind() != Organisation.Kind.ESTABLISHMENT) {
                    row.fail(field, Problem.of("import.sheet.unknownEstablishment", s));
                } else if (o != null && !out.contains(o)) {
                    out.add(o);
                }
            }
            return out;
        }

        /** The companies a list cell names by SIRET (or by name). */
        List<Organisation> companies(SheetRow row, String field) {
            List<Organisation> out = new ArrayList<>();
            for (String s : row.list(field)) {
                Organisation o = organisation(row, field, s);
                if (o != null && o.kind() != Organisation.Kind.COMPANY) {
                    row.fail(field, Problem.of("import.sheet.unknownCompany", s));
                } else if (o != null && !out.contains(o)) {
                    out.add(o);
                }
            }
            return out;
        }
    }

    static final class Companies implements SheetType<Company> {
        private final CompanyRepository repository;
        private final Clock clock;

        Companies(Database database, Clock clock) {
            this.repository = new CompanyRepository(database);
            this.clock = clock;
        }

        @Override
        public Company read(SheetRow row) {
            CompanyNumber number = row.requiredChecked("number", CompanyNumber::check);
            String name = row.required("name");
            NafVersion version = NafVersion.inForceOn(LocalDate.now(clock));
            Naf naf = row.checked("naf", s -> Naf.check(s, version));
            SizeBand size = row.choice("size", SizeBand.class, SizeBand::messageKey);
            PostalCode postalCode = row.checked("postalCode", PostalCode::check);
            Set<PartnershipKind> partnerships = EnumSet.noneOf(PartnershipKind.class);
            for (String s : row.list("partnerships")) {
                PartnershipKind p = row.choice("partnerships", s, PartnershipKind.class, PartnershipKind::messageKey);
                if (p != null) {
                    partnerships.add(p);
                }
            }
            LocalDate signed = row.checked("conventionSignedOn", FrenchFormats::parseDate);
            LocalDate ends = row.checked("conventionEndsOn", FrenchFormats::parseDate);
            if (signed != null && ends != null && ends.isBefore(signed)) {
                row.fail("conventionEndsOn", Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(ends),
                        FrenchFormats.date(signed)));
            }
            if (!row.ok()) {
                return null;
            }
            return new Company(null, number, name, naf, size, row.text("activity"), row.text("street"), postalCode,
                    row.text("city"), row.text("website"), partnerships, signed, ends, null, row.text("notes"));
        }

        @Override
        public String key(Company c) {
            return c.number().code();
        }

        @Override
        public String label(Company c) {
            return c.name() + " (" + c.number().display() + ")";
        }

        @Override
        public Map<String, String> existing() {
            Map<String, String> out = new HashMap<>();
            repository.findAll().forEach(c -> out.put(key(c), label(c)));
            return out;
        }

        @Override
        public void insert(Company c) {
            repository.insert(c);
        }
    }

    static final class Contacts implements SheetType<Contact> {
        private final ContactRepository repository;
        private final Directory directory;
        private final Clock clock;

        Contacts(Database database, Directory directory, Clock clock) {
            this.repository = new ContactRepository(database);
            this.directory = directory;
            this.clock = clock;
        }

        @Override
        public Contact read(SheetRow row) {
            String last = row.required("lastName");
            EmailAddress email = row.checked("email", EmailAddress::check);
            PhoneNumber phone = row.checked("phone", PhoneNumber::check);
            String org = row.text("organisation");
            Organisation organisation = org == null ? null : directory.organisation(row, "organisation", org);
            LocalDate lastContact = row.checked("lastContactOn", FrenchFormats::parseDate);
            if (!row.ok()) {
                return null;
            }
            return new Contact(null, Text.blankToNull(row.text("firstName")), last, row.text("role"), email, phone,
                    organisation, lastContact, row.text("notes"), LocalDate.now(clock), null, null);
        }

        @Override
        public String key(Contact c) {
            return c.email() != null ? c.email().address().toLowerCase(Locale.ROOT) : nameKey(c);
        }

        /** The person's name and organisation, ignoring case, accents and punctuation. */
        private static String nameKey(Contact c) {
            return NameKey.of(c.fullName()) + "|" + (c.organisation() == null ? "" : NameKey.of(c.organisation()
                    .name()));
        }

        @Override
        public String label(Contact c) {
            return c.fullName() + (c.organisation() == null ? "" : " — " + c.organisation().name());
        }

        @Override
        public Map<String, String> existing() {
            Map<String, String> out = new HashMap<>();
            for (Contact c : repository.findAll()) {
                out.put(key(c), label(c));
                // A person recorded with an e-mail is also found by name, for a file without e-mails.
                if (c.email() != null) {
                    out.put(nameKey(c), label(c));
                }
            }
            return out;
        }

        @Override
        public void insert(Contact c) {
            repository.insert(c);
        }
    }

    static final class Events implements SheetType<Event> {
        private final EventRepository repository;
        private final Directory directory;
        private final Clock clock;

        Events(Database database, Directory directory, Clock clock) {
            this.repository = new EventRepository(database);
            this.directory = directory;
            this.clock = clock;
        }

        @Override
        public Event read(SheetRow row) {
            String title = row.required("title");
            EventType type = row.text("type") == null ? null : row.choice("type", EventType.class,
                    EventType::messageKey);
            if (row.text("type") == null) {
                row.required("type");
            }
            LocalDate first = row.requiredChecked("startDate", FrenchFormats::parseDate);
            LocalTime startTime = row.checked("startTime", FrenchFormats::parseTime);
            LocalDate last = row.checked("endDate", FrenchFormats::parseDate);
            LocalTime endTime = row.checked("endTime", FrenchFormats::parseTime);
            EventStatus status = row.choice("status", EventStatus.class, EventStatus::messageKey);
            Integer expected = row.checked("expected", Count::check);
            Integer present = row.checked("present", Count::check);
            List<Organisation> establishments = directory.establishments(row, "establishments");
            List<Organisation> companies = directory.companies(row, "companies");
            if (!row.ok()) {
                return null;
            }
            EventTiming timing = timing(row, first, startTime, last, endTime);
            if (timing == null) {
                return null;
            }
            if (status == null) {
                status = timing.isOverAt(java.time.ZonedDateTime.now(clock)) ? EventStatus.REALISE : EventStatus.PREVU;
            }
            Map<Audience, Integer> attendance = new EnumMap<>(Audience.class);
            if (present != null && present > 0) {
                attendance.put(Audience.AUTRES, present);
            }
            return new Event(null, null, title, type, timing, row.text("place"), null, null,
                    row.text("description"), status, expected, attendance, establishments, companies, List.of(),
                    null);
        }

        private static EventTiming timing(SheetRow row, LocalDate first, LocalTime startTime, LocalDate lastDay,
                LocalTime endTime) {
            LocalDate last = lastDay == null ? first : lastDay;
            if (last.isBefore(first)) {
                row.fail("endDate", Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(last),
                        FrenchFormats.date(first)));
                return null;
            }
            if (startTime == null && endTime == null) {
                return EventTiming.allDay(first, last);
            }
            if (startTime == null || endTime == null) {
                row.fail(startTime == null ? "startTime" : "endTime", Problem.of("import.sheet.event.bothTimes"));
                return null;
            }
            LocalDateTime start = LocalDateTime.of(first, startTime);
            LocalDateTime end = LocalDateTime.of(last, endTime);
            if (!end.isAfter(start)) {
                row.fail("endTime", Problem.of("event.form.time.endBeforeStart", FrenchFormats.time(endTime),
                        FrenchFormats.time(startTime)));
                return null;
            }
            return EventTiming.between(start, end);
        }

        @Override
        public String key(Event e) {
            return NameKey.of(e.title()) + "|" + e.timing().startDate();
        }

        @Override
        public String label(Event e) {
            return e.title() + " (" + FrenchFormats.date(e.timing().startDate()) + ")";
        }

        @Override
        public Map<String, String> existing() {
            Map<String, String> out = new HashMap<>();
            repository.findAll().forEach(e -> out.put(key(e), label(e)));
            return out;
        }

        @Override
        public void insert(Event e) {
            repository.save(e, Instant.now(clock));
        }
    }

    static final class Actions implements SheetType<Action> {
        private final ActionRepository repository;
        private final Directory directory;
        private final Clock clock;

        Actions(Database database, Directory directory, Clock clock) {
            this.repository = new ActionRepository(database);
            this.directory = directory;
            this.clock = clock;
        }

        @Override
        public Action read(SheetRow row) {
            String title = row.required("title");
            ActionType type = row.text("type") == null ? null : row.choice("type", ActionType.class,
                    ActionType::messageKey);
            if (row.text("type") == null) {
                row.required("type");
            }
            if (type == ActionType.MOBILITE_INTERNATIONALE) {
                row.fail("type", Problem.of("import.sheet.action.mobility"));
            }
            Set<TrainingLevel> levels = levels(row);
            SchoolYear year = row.checked("schoolYear", SchoolYear::parse);
            LocalDate start = row.checked("startDate", FrenchFormats::parseDate);
            LocalDate end = row.checked("endDate", FrenchFormats::parseDate);
            ActionStatus status = row.choice("status", ActionStatus.class, ActionStatus::messageKey);
            LearnerStatus learners = row.choice("learners", LearnerStatus.class, LearnerStatus::messageKey);
            Integer target = row.checked("target", Count::check);
            Integer actual = row.checked("actual", Count::check);
            Integer women = row.checked("women", Count::check);
            Integer men = row.checked("men", Count::check);
            Hours per = row.checked("hoursPerBeneficiary", Hours::check);
            Hours total = row.checked("totalHours", Hours::check);
            List<Organisation> establishments = directory.establishments(row, "establishments");
            List<Organisation> companies = directory.companies(row, "companies");
            if (!row.ok()) {
                return null;
            }
            if (year == null && start == null) {
                row.fail(Problem.of("import.sheet.required", row.title("schoolYear")));
                return null;
            }
            if (year == null) {
                year = SchoolYear.of(start);
            }
            if (end != null && start != null && end.isBefore(start)) {
                row.fail("endDate", Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(end),
                        FrenchFormats.date(start)));
                return null;
            }
            for (LocalDate d : new LocalDate[] {start, end}) {
                if (d != null && !year.contains(d)) {
                    row.fail(Problem.of("action.form.date.outsideYear", FrenchFormats.date(d), year.toString()));
                    return null;
                }
            }
            if ((target != null || actual != null) && learners == null) {
                row.fail(Problem.of("import.sheet.action.learners", row.title("learners")));
                return null;
            }
            int sexes = (women == null ? 0 : women) + (men == null ? 0 : men);
            if (sexes > (actual == null ? 0 : actual)) {
                row.fail(Problem.of("action.form.sexes.overTotal", sexes, actual == null ? 0 : actual));
                return null;
            }
            Map<LearnerStatus, Integer> targetBy = new EnumMap<>(LearnerStatus.class);
            Map<LearnerStatus, Integer> actualBy = new EnumMap<>(LearnerStatus.class);
            if (target != null) {
                targetBy.put(learners, target);
            }
            if (actual != null) {
                actualBy.put(learners, actual);
            }
            Map<Sex, Integer> bySex = new EnumMap<>(Sex.class);
            if (women != null) {
                bySex.put(Sex.FEMMES, women);
            }
            if (men != null) {
                bySex.put(Sex.HOMMES, men);
            }
            if (status == null) {
                status = end != null && end.isBefore(LocalDate.now(clock)) ? ActionStatus.REALISEE
                        : ActionStatus.PREVUE;
            }
            return new Action(null, title, type, levels, year, start, end, status, establishments, companies,
                    List.of(), List.of(), row.text("objectives"), row.text("description"),
                    new Beneficiaries(targetBy, actualBy, Map.of(), bySex), per, per == null ? total : null, null,
                    null);
        }

        /** « IV », « 4 », « niveau V et IV », « 3, 4 »: the levels, old or new names. */
        private static Set<TrainingLevel> levels(SheetRow row) {
            Set<TrainingLevel> out = EnumSet.noneOf(TrainingLevel.class);
            List<String> parts = row.list("levels");
            if (parts.isEmpty()) {
                row.required("levels");
                return out;
            }
            for (String part : parts) {
                String p = part.toUpperCase(Locale.ROOT).replaceAll("NIVEAU|LEVEL|\\s|\\(.*\\)", "");
                if (p.matches("[1-8]")) {
                    out.add(TrainingLevel.ofNational(Integer.parseInt(p)));
                } else if (!TrainingLevel.ofOld(p).isEmpty()) {
                    out.addAll(TrainingLevel.ofOld(p));
                } else {
                    row.fail("levels", Problem.of("import.sheet.action.level", part));
                }
            }
            return out;
        }

        @Override
        public String key(Action a) {
            return NameKey.of(a.title()) + "|" + a.schoolYear();
        }

        @Override
        public String label(Action a) {
            return a.title() + " (" + a.schoolYear() + ")";
        }

        @Override
        public Map<String, String> existing() {
            Map<String, String> out = new HashMap<>();
            repository.findAll().forEach(a -> out.put(key(a), label(a)));
            return out;
        }

        @Override
        public void insert(Action a) {
            repository.save(a, Instant.now(clock));
        }
    }

    static final class Expenses implements SheetType<FinanceEntry> {
        private final EntryRepository repository;
        private final Clock clock;

        Expenses(Database database, Clock clock) {
            this.repository = new EntryRepository(database);
            this.clock = clock;
        }

        @Override
        public FinanceEntry read(SheetRow row) {
            EntryKind kind = row.choice("kind", EntryKind.class, EntryKind::messageKey);
            String k = row.text("kind") == null ? "" : SheetKind.normalise(row.text("kind"));
            if (kind == null && (k.equals("recette") || k.equals("produit") || k.equals("income"))) {
                kind = EntryKind.INCOME;
            } else if (kind == null && (k.isEmpty() || k.equals("depense") || k.equals("charge"))) {
                kind = EntryKind.EXPENSE;
            }
            LocalDate date = row.requiredChecked("date", FrenchFormats::parseDate);
            String party = row.required("party");
            String description = row.required("description");
            Money amount = row.requiredChecked("amount", FinanceEntry::checkAmount);
            String lineText = row.required("line");
            EntryKind entryKind = kind == null ? EntryKind.EXPENSE : kind;
            BudgetLine line = null;
            if (lineText != null) {
                String code = lineText.toUpperCase(Locale.ROOT).replaceAll("\\s", "").replaceFirst("\\D*$", "")
                        .replace('_', '-');
                line = BudgetLine.of(code).filter(entryKind::accepts).orElse(null);
                if (line == null) {
                    row.fail("line", Problem.of("import.sheet.entry.line", lineText,
                            Problem.of(entryKind.messageKey())));
                }
            }
            LocalDate paidOn = row.checked("paidOn", FrenchFormats::parseDate);
            EntryStatus status = null;
            String statusText = row.text("status");
            if (statusText != null) {
                String s = SheetKind.normalise(statusText);
                status = s.startsWith("pay") || s.startsWith("paid") || s.startsWith("encaiss") || s.startsWith("recu")
                        || s.startsWith("received") ? EntryStatus.PAYEE
                        : s.startsWith("engag") || s.startsWith("committed") || s.startsWith("attendu")
                                || s.startsWith("expected") ? EntryStatus.ENGAGEE : null;
                if (status == null) {
                    row.fail("status", Problem.of("import.sheet.entry.status", statusText));
                }
            }
            if (!row.ok()) {
                return null;
            }
            if (status == null) {
                status = paidOn == null ? EntryStatus.ENGAGEE : EntryStatus.PAYEE;
            }
            if (status == EntryStatus.PAYEE && paidOn == null) {
                row.fail(Problem.of(entryKind == EntryKind.EXPENSE ? "grant.entry.paidOn.required"
                        : "grant.entry.receivedOn.required"));
                return null;
            }
            if (status == EntryStatus.ENGAGEE && paidOn != null) {
                row.fail(Problem.of(entryKind == EntryKind.EXPENSE ? "grant.entry.paidOn.notPaid"
                        : "grant.entry.receivedOn.notReceived"));
                return null;
            }
            return new FinanceEntry(null, entryKind, date, party, description, amount, line.code(), status, paidOn,
                    row.text("reference"), null, null, null, null, null, null, null, null);
        }

        @Override
        public String key(FinanceEntry f) {
            return f.kind() + "|" + f.date() + "|" + f.amount().cents() + "|" + NameKey.of(f.party()) + "|"
                    + NameKey.of(f.description());
        }

        @Override
        public String label(FinanceEntry f) {
            return FrenchFormats.date(f.date()) + " — " + f.party() + " — " + f.amount().display();
        }

        @Override
        public Map<String, String> existing() {
            Map<String, String> out = new HashMap<>();
            repository.findAll().forEach(f -> out.put(key(f), label(f)));
            return out;
        }

        @Override
        public void insert(FinanceEntry f) {
            repository.save(f, Instant.now(clock));
        }
    }
}
