package org.campuspilot.company;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.BackgroundList;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.MergeField;
import org.campuspilot.ui.MergeField.Side;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The partner companies: searched (name, SIRET, city, activity, NAF) and filtered (kind of partnership, size,
 * convention in force, expired or none) in the background; two of them can be merged.
 */
public final class CompanyListViewModel {
    public static final Comparator<CompanyRow> BY_NAME = BackgroundList.text(r -> r.company().name());

    private final CompanyService service;
    private final ContactRepository contacts;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final BackgroundList<CompanyRow> rows;
    private final StringProperty search = new SimpleStringProperty("");
    private final javafx.collections.ObservableSet<PartnershipKind> partnerships =
            javafx.collections.FXCollections.observableSet();
    private final ObjectProperty<SizeBand> size = new SimpleObjectProperty<>();
    private final ObjectProperty<ConventionStatus> convention = new SimpleObjectProperty<>();

    public CompanyListViewModel(CompanyRepository repository, CompanyService service, ContactRepository contacts,
            TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.service = service;
        this.contacts = contacts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.rows = new BackgroundList<>(tasks, () -> repository.findAll().stream().map(CompanyRow::of).toList(),
                this::filter, BY_NAME, Problem.of("company.list.loadFailed"));
        search.addListener((o, a, b) -> rows.refilter());
        partnerships.addListener((javafx.collections.SetChangeListener<PartnershipKind>) c -> rows.refilter());
        size.addListener((o, a, b) -> rows.refilter());
        convention.addListener((o, a, b) -> rows.refilter());
    }

    private Predicate<CompanyRow> filter() {
        String query = Text.searchKey(search.get()).strip();
        java.util.Set<PartnershipKind> p = java.util.Set.copyOf(partnerships);
        SizeBand s = size.get();
        ConventionStatus c = convention.get();
        LocalDate today = LocalDate.now(clock);
        return row -> row.matches(query)
                && (p.isEmpty() || row.company().partnerships().stream().anyMatch(p::contains))
                && (s == null || row.company().size() == s)
                && (c == null || row.company().conventionOn(today) == c);
    }

    public void load(Consumer<List<CompanyRow>> afterLoad) {
        rows.load(afterLoad);
    }

    public void sortBy(Comparator<CompanyRow> order) {
        rows.sortBy(order);
    }

    /**
     * Merges two companies after the user chose, field by field, what to keep. The older record stays; the kinds of
     * partnership of both are kept; the contacts move to it. Then the list is read again and {@code onMerged} gets
     * the kept record.
     */
    public void merge(Company a, Company b, Consumer<Company> onMerged) {
        Company kept = a.id() < b.id() ? a : b;
        Company other = kept == a ? b : a;
        tasks.run(() -> List.of(contactName(kept.mainContactId()), contactName(other.mainContactId())), names -> {
            List<MergeField> fields = fields(kept, other, names.get(0), names.get(1));
            Optional<List<Side>> sides = dialogs.merge(messages.get("company.merge.title"),
                    messages.get("company.merge.message", kept.name()), kept.name(), other.name(), fields,
                    messages.get("company.merge.button"));
            if (sides.isEmpty()) {
                return;
            }
            Company merged = merged(kept, other, sides.get());
            tasks.run(() -> service.merge(merged, other.id()), m -> rows.load(r -> onMerged.accept(m)),
                    failure -> dialogs.error(messages.get("company.merge.title"),
                            messages.get("company.merge.failed")));
        }, failure -> dialogs.error(messages.get("company.merge.title"), messages.get("company.merge.failed")));
    }

    private String contactName(Long id) {
        return id == null ? "" : contacts.findById(id).map(Contact::fullName).orElse("");
    }

    private List<MergeField> fields(Company l, Company r, String lContact, String rContact) {
        List<MergeField> f = new ArrayList<>();
        f.add(field("company.form.number.label", l.number().display(), r.number().display()));
        f.add(field("company.form.name.label", l.name(), r.name()));
        f.add(field("company.form.naf.label", naf(l), naf(r)));
        f.add(field("company.form.size.label", size(l.size()), size(r.size())));
        f.add(field("company.form.activity.label", l.activity(), r.activity()));
        f.add(field("company.form.street.label", l.street(), r.street()));
        f.add(field("company.form.postalCode.label", code(l.postalCode()), code(r.postalCode())));
        f.add(field("company.form.city.label", l.city(), r.city()));
        f.add(field("company.form.website.label", l.website(), r.website()));
        f.add(field("company.form.conventionSignedOn.label", FrenchFormats.date(l.conventionSignedOn()),
                FrenchFormats.date(r.conventionSignedOn())));
        f.add(field("company.form.conventionEndsOn.label", FrenchFormats.date(l.conventionEndsOn()),
                FrenchFormats.date(r.conventionEndsOn())));
        f.add(field("company.form.mainContact.label", lContact, rContact));
        f.add(new MergeField(messages.get("company.form.notes.label"), l.notes(), r.notes(), true));
        return f;
    }

    private MergeField field(String key, String left, String right) {
        return new MergeField(messages.get(key), left, right, false);
    }

    private String naf(Company c) {
        return c.naf() == null ? "" : c.naf().code() + " (" + messages.get(c.naf().version().messageKey()) + ")";
    }

    private String size(SizeBand s) {
        return s == null ? "" : messages.get(s.messageKey());
    }

    private static String code(Object o) {
        return o == null ? "" : o.toString();
    }

    /** The record that stays: the chosen side of each field, in the order of {@link #fields}. */
    static Company merged(Company l, Company r, List<Side> s) {
        Set<PartnershipKind> kinds = new HashSet<>(l.partnerships());
        kinds.addAll(r.partnerships());
        return new Company(l.id(),
                MergeField.pick(s.get(0), l.number(), r.number()),
                MergeField.pick(s.get(1), l.name(), r.name()),
                MergeField.pick(s.get(2), l.naf(), r.naf()),
                MergeField.pick(s.get(3), l.size(), r.size()),
                MergeField.pick(s.get(4), l.activity(), r.activity()),
                MergeField.pick(s.get(5), l.street(), r.street()),
                MergeField.pick(s.get(6), l.postalCode(), r.postalCode()),
                MergeField.pick(s.get(7), l.city(), r.city()),
                MergeField.pick(s.get(8), l.website(), r.website()),
                kinds,
                MergeField.pick(s.get(9), l.conventionSignedOn(), r.conventionSignedOn()),
                MergeField.pick(s.get(10), l.conventionEndsOn(), r.conventionEndsOn()),
                MergeField.pick(s.get(11), l.mainContactId(), r.mainContactId()),
                MergeField.join(s.get(12), l.notes(), r.notes()));
    }

    public ObservableList<CompanyRow> visible() {
        return rows.visible();
    }

    public ReadOnlyIntegerProperty total() {
        return rows.total();
    }

    public int totalCount() {
        return rows.totalCount();
    }

    public ObjectProperty<Problem> loadProblem() {
        return rows.loadProblem();
    }

    public StringProperty search() {
        return search;
    }

    /** The kinds of partnership ticked: a company with any of them is shown; none ticked shows all. */
    public javafx.collections.ObservableSet<PartnershipKind> partnerships() {
        return partnerships;
    }

    public ObjectProperty<SizeBand> size() {
        return size;
    }

    public ObjectProperty<ConventionStatus> convention() {
        return convention;
    }

    /** Clears search and filters, so that any record can be shown. */
    public void clearFilters() {
        search.set("");
        partnerships.clear();
        size.set(null);
        convention.set(null);
    }
}
