package org.campuspilot.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.BackgroundList;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.MergeField;
import org.campuspilot.ui.MergeField.Side;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The contacts: searched (names, role, organisation, e-mail, phone) and filtered (kind of organisation, and the
 * review list of people with no contact for three years) in the background; two of them can be merged.
 */
public final class ContactListViewModel {
    public static final Comparator<ContactRow> BY_NAME = BackgroundList.<ContactRow>text(r -> r.contact().lastName())
            .thenComparing(BackgroundList.text(r -> r.contact().firstName()));

    private final ContactService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final BackgroundList<ContactRow> rows;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Organisation.Kind> organisationKind = new SimpleObjectProperty<>();
    private final BooleanProperty reviewOnly = new SimpleBooleanProperty(false);

    public ContactListViewModel(ContactRepository repository, ContactService service, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.rows = new BackgroundList<>(tasks, () -> repository.findAll().stream().map(ContactRow::of).toList(),
                this::filter, BY_NAME, Problem.of("contact.list.loadFailed"));
        search.addListener((o, a, b) -> rows.refilter());
        organisationKind.addListener((o, a, b) -> rows.refilter());
        reviewOnly.addListener((o, a, b) -> rows.refilter());
    }

    private Predicate<ContactRow> filter() {
        String query = Text.searchKey(search.get()).strip();
        Organisation.Kind kind = organisationKind.get();
        boolean review = reviewOnly.get();
        LocalDate today = LocalDate.now(clock);
        return row -> row.matches(query)
                && (kind == null || row.contact().organisation() != null && row.contact().organisation().kind() == kind)
                && (!review || row.contact().reviewDue(today));
    }

    public void load(Consumer<List<ContactRow>> afterLoad) {
        rows.load(afterLoad);
    }

    public void sortBy(Comparator<ContactRow> order) {
        rows.sortBy(order);
    }

    /** True when the person has had no contact for three years (and was not anonymised). */
    public boolean reviewDue(Contact c) {
        return c.reviewDue(LocalDate.now(clock));
    }

    /**
     * Merges two contacts after the user chose, field by field, what to keep. The older record stays and every
     * reference moves to it; then the list is read again and {@code onMerged} gets the kept record.
     */
    public void merge(Contact a, Contact b, Consumer<Contact> onMerged) {
        Contact kept = a.id() < b.id() ? a : b;
        Contact other = kept == a ? b : a;
        List<MergeField> fields = List.of(
                field("contact.form.firstName.label", kept.firstName(), other.firstName()),
                field("contact.form.lastName.label", kept.lastName(), other.lastName()),
                field("contact.form.role.label", kept.role(), other.role()),
                field("contact.form.email.label", text(kept.email()), text(other.email())),
                field("contact.form.phone.label", text(kept.phone()), text(other.phone())),
                field("contact.form.organisation.label", text(kept.organisation()), text(other.organisation())),
                field("contact.form.lastContactOn.label", FrenchFormats.date(kept.lastContactOn()),
                        FrenchFormats.date(other.lastContactOn())),
                new MergeField(messages.get("contact.form.notes.label"), kept.notes(), other.notes(), true));
        Optional<List<Side>> sides = dialogs.merge(messages.get("contact.merge.title"),
                messages.get("contact.merge.message", kept.fullName()), kept.fullName(), other.fullName(), fields,
                messages.get("contact.merge.button"));
        if (sides.isEmpty()) {
            return;
        }
        Contact merged = merged(kept, other, sides.get());
        tasks.run(() -> service.merge(merged, other.id()), m -> rows.load(r -> onMerged.accept(m)),
                failure -> dialogs.error(messages.get("contact.merge.title"), messages.get("contact.merge.failed")));
    }

    private MergeField field(String key, String left, String right) {
        return new MergeField(messages.get(key), left, right, false);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    /** The record that stays: the chosen side of each field; the earliest creation and the latest review. */
    static Contact merged(Contact l, Contact r, List<Side> s) {
        Side name = s.get(1);
        return new Contact(l.id(),
                MergeField.pick(s.get(0), l.firstName(), r.firstName()),
                MergeField.pick(name, l.lastName(), r.lastName()),
                MergeField.pick(s.get(2), l.role(), r.role()),
                MergeField.pick(s.get(3), l.email(), r.email()),
                MergeField.pick(s.get(4), l.phone(), r.phone()),
                MergeField.pick(s.get(5), l.organisation(), r.organisation()),
                MergeField.pick(s.get(6), l.lastContactOn(), r.lastContactOn()),
                MergeField.join(s.get(7), l.notes(), r.notes()),
                earliest(l.createdOn(), r.createdOn()),
                latest(l.reviewedOn(), r.reviewedOn()),
                MergeField.pick(name, l.anonymisedOn(), r.anonymisedOn()));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    public ObservableList<ContactRow> visible() {
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

    public ObjectProperty<Organisation.Kind> organisationKind() {
        return organisationKind;
    }

    public BooleanProperty reviewOnly() {
        return reviewOnly;
    }

    /** Clears search and filters, so that any record can be shown. */
    public void clearFilters() {
        search.set("");
        organisationKind.set(null);
        reviewOnly.set(false);
    }
}
