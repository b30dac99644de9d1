package org.campuspilot.contact;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Text;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FileExport;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.OrganisationChoices;
import org.campuspilot.ui.TaskRunner;

/**
 * The contact form: names, role, e-mail and phone checked, the organisation chosen among the establishments and
 * companies or typed for another body; and the personal-data actions: export, anonymise, keep after a review.
 */
public final class ContactFormViewModel extends FormViewModel<Contact> {
    final InputField<String> firstName = InputField.text(false);
    final InputField<String> lastName = InputField.text(true);
    final InputField<String> role = InputField.text(false);
    final InputField<EmailAddress> email = InputField.optional(EmailAddress::check);
    final InputField<PhoneNumber> phone = InputField.optional(PhoneNumber::check);
    /** The kind of organisation; null: none. */
    final ObjectProperty<Organisation.Kind> organisationKind = new SimpleObjectProperty<>();
    final ObjectProperty<Organisation> establishment = new SimpleObjectProperty<>();
    final ObjectProperty<Organisation> company = new SimpleObjectProperty<>();
    final InputField<String> otherBody = InputField.text(false);
    final ObjectProperty<Problem> organisationProblem = new SimpleObjectProperty<>();
    private final OrganisationChoices choices = new OrganisationChoices();

    /** An organisation as a picker shows it: its name, city and UAI or SIRET. */
    String organisationLabel(Organisation o) {
        return choices.label(o);
    }
    final ObservableList<Organisation> establishmentChoices = choices.establishments();
    final ObservableList<Organisation> companyChoices = choices.companies();
    final ObservableList<String> otherBodyChoices = FXCollections.observableArrayList();
    final InputField<LocalDate> lastContactOn = InputField.optional(FrenchFormats::parseDate);
    final InputField<String> notes = InputField.text(false);
    final BooleanProperty reviewDue = new SimpleBooleanProperty(false);
    final BooleanProperty anonymised = new SimpleBooleanProperty(false);

    private final ContactService service;
    private final ContactRepository repository;
    private final PersonalDataExport export;
    private final Supplier<String> campusName;
    private final Clock clock;

    private OlderBackups olderBackups = OlderBackups.NONE;

    public ContactFormViewModel(ContactService service, ContactRepository repository, Supplier<String> campusName,
            TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        super(tasks, dialogs, messages);
        this.service = service;
        this.repository = repository;
        this.export = new PersonalDataExport(messages);
        this.campusName = campusName;
        this.clock = clock;
        trackChanges(List.of(firstName.text(), lastName.text(), role.text(), email.text(), phone.text(),
                organisationKind, establishment, company, otherBody.text(), lastContactOn.text(), notes.text()));
        conflictFields(List.of(FormField.text("contact.form.firstName.label", firstName),
                FormField.text("contact.form.lastName.label", lastName),
                FormField.text("contact.form.role.label", role),
                FormField.text("contact.form.email.label", email),
                FormField.text("contact.form.phone.label", phone),
                organisationField(),
                FormField.text("contact.form.lastContactOn.label", lastContactOn),
                FormField.text("contact.form.notes.label", notes)));
        organisationKind.addListener((o, a, b) -> organisationProblem.set(null));
        establishment.addListener((o, a, b) -> organisationProblem.set(null));
        company.addListener((o, a, b) -> organisationProblem.set(null));
    }

    /** The organisation as one field of the edit-conflict dialog: its kind and which one, shown by its name. */
    private FormField organisationField() {
        return FormField.group("contact.form.organisation.label", v -> {
            if (v.get(0) == null) {
                return "";
            }
            Object which = switch ((Organisation.Kind) v.get(0)) {
                case ESTABLISHMENT -> v.get(1) == null ? "" : ((Organisation) v.get(1)).name();
                case COMPANY -> v.get(2) == null ? "" : ((Organisation) v.get(2)).name();
                case OTHER -> v.get(3);
            };
            return String.valueOf(which);
        }, FormField.choice("", organisationKind, k -> ""), FormField.choice("", establishment, Organisation::name),
                FormField.choice("", company, Organisation::name), FormField.text("", otherBody));
    }

    /** Reads the establishments, companies and other bodies offered as organisations. */
    public void loadChoices() {
        tasks.run(() -> List.of(repository.organisationChoices(), repository.otherBodies(), repository.organisationDetails()), lists -> {
            boolean wasDirty = dirty().get();
            Organisation e = establishment.get();
            Organisation c = company.get();
            @SuppressWarnings("unchecked") List<Organisation> orgs = (List<Organisation>) lists.get(0);
            @SuppressWarnings("unchecked") List<String> others = (List<String>) lists.get(1);
            choices.setAll(orgs);
            @SuppressWarnings("unchecked") java.util.Map<String, String> details =
                    (java.util.Map<String, String>) lists.get(2);
            choices.setDetails(details);
            otherBodyChoices.setAll(others);
            establishment.set(choices.same(e));
            company.set(choices.same(c));
            dirty().set(wasDirty);
        }, failure -> {
        });
    }

    /** Empties the form for a new contact of this organisation. */
    public void startNew(Organisation organisation) {
        fill(null);
        showOrganisation(organisation);
        dirty().set(false);
    }

    @Override
    protected void fillFields(Contact c) {
        firstName.set(c == null ? "" : c.firstName());
        lastName.set(c == null ? "" : c.isAnonymised() ? messages.get("contact.anonymised") : c.lastName());
        role.set(c == null ? "" : c.role());
        email.set(c == null || c.email() == null ? "" : c.email().address());
        phone.set(c == null || c.phone() == null ? "" : c.phone().display());
        showOrganisation(c == null ? null : c.organisation());
        lastContactOn.set(c == null ? "" : FrenchFormats.date(c.lastContactOn()));
        notes.set(c == null ? "" : c.notes());
        organisationProblem.set(null);
        reviewDue.set(c != null && c.reviewDue(LocalDate.now(clock)));
        anonymised.set(c != null && c.isAnonymised());
    }

    private void showOrganisation(Organisation o) {
        organisationKind.set(o == null ? null : o.kind());
        establishment.set(o != null && o.kind() == Organisation.Kind.ESTABLISHMENT ? choices.same(o) : null);
        company.set(o != null && o.kind() == Organisation.Kind.COMPANY ? choices.same(o) : null);
        otherBody.set(o != null && o.kind() == Organisation.Kind.OTHER ? o.name() : "");
    }

    /** The organisation as chosen, or a problem when a kind is chosen without the organisation itself. */
    private Checked<Organisation> organisation() {
        Organisation.Kind kind = organisationKind.get();
        if (kind == null) {
            return Checked.ok(null);
        }
        Organisation o = switch (kind) {
            case ESTABLISHMENT -> establishment.get();
            case COMPANY -> company.get();
            case OTHER -> Text.blankToNull(otherBody.text().get()) == null ? null
                    : Organisation.other(otherBody.text().get().strip());
        };
        return o == null ? Checked.fail("contact.form.organisation.missing") : Checked.ok(o);
    }

    /**
     * Checks every field; when another person has the same or nearly the same name, asks whether to go on; then
     * saves in the background and hands the saved record over.
     */
    @Override
    public void save(Consumer<Contact> onSaved) {
        boolean ok = checkAll(List.of(firstName, lastName, role, email, phone, otherBody, lastContactOn, notes));
        Checked<Organisation> organisation = organisation();
        organisationProblem.set(organisation.problem().orElse(null));
        if (!ok || !organisation.isOk()) {
            showFixFields();
            return;
        }
        Contact current = editing().get();
        if (current != null && current.isAnonymised()) {
            // Anonymised meanwhile by someone else (decision 0043): an erased identity is not written back.
            formProblem().set(Problem.of("contact.anonymised.banner"));
            return;
        }
        Contact c = new Contact(current == null ? null : current.id(), firstName.value(), lastName.value(),
                role.value(), email.value(), phone.value(), organisation.value(), lastContactOn.value(), notes.value(),
                current == null ? null : current.createdOn(), current == null ? null : current.reviewedOn(), null);
        boolean nameChanged = current == null || !current.fullName().equals(c.fullName());
        busy().set(true);
        tasks.run(() -> nameChanged ? service.similar(c) : List.<Contact>of(), similar -> {
            busy().set(false);
            if (!similar.isEmpty() && !dialogs.confirm(messages.get("contact.similar.title"),
                    messages.get("contact.similar.message", c.fullName(), describe(similar)),
                    messages.get("contact.similar.button"))) {
                return;
            }
            saveInBackground(() -> Checked.ok(service.save(c, current)), onSaved, p -> formProblem().set(p));
        }, failure -> {
            busy().set(false);
            formProblem().set(Problem.of("form.error.saveFailed"));
        });
    }

    private static String describe(List<Contact> people) {
        return String.join(", ", people.stream().map(p -> p.organisation() == null ? p.fullName()
                : p.fullName() + " (" + p.organisation().name() + ")").toList());
    }

    /** Asks, then deletes the person and everything the campus holds about them. */
    @Override
    public void delete(Runnable onDeleted) {
        Contact c = editing().get();
        if (c == null || !dialogs.confirm(messages.get("contact.delete.confirm.title"),
                messages.get("contact.delete.confirm.message", displayName(c)),
                messages.get("contact.delete.confirm.button"))) {
            return;
        }
        deleteInBackground(() -> {
            service.delete(c);
            return Optional.empty();
        }, messages.get("contact.delete.confirm.title"), onDeleted);
    }

    /** Asks, then removes the person's identity; the record stays so that counts stay right. */
    public void anonymise(Consumer<Contact> onSaved) {
        Contact c = editing().get();
        if (c == null || c.isAnonymised() || !dialogs.confirm(messages.get("contact.anonymise.confirm.title"),
                messages.get("contact.anonymise.confirm.message", c.fullName()),
                messages.get("contact.anonymise.confirm.button"))) {
            return;
        }
        saveInBackground(() -> Checked.ok(service.anonymise(c)), saved -> {
            onSaved.accept(saved);
            offerToRemoveOlderBackups();
        }, formProblem()::set);
    }

    /** After anonymising: the older backups still hold the identity; say so, and offer to remove them. */
    private void offerToRemoveOlderBackups() {
        tasks.run(olderBackups::count, count -> {
            if (count == 0 || !dialogs.confirm(messages.get("contact.anonymise.backups.title"),
                    messages.get("contact.anonymise.backups.question", count),
                    messages.get("contact.anonymise.backups.button"))) {
                return;
            }
            tasks.run(olderBackups::removeAllThenBackUp, removed -> dialogs.info(messages.get(
                    "contact.anonymise.backups.title"), messages.get("contact.anonymise.backups.done", removed)),
                    failure -> dialogs.error(messages.get("contact.anonymise.backups.title"), messages.get(
                            "contact.anonymise.backups.failed")));
        }, failure -> {
        });
    }

    /** Where the backups that an anonymisation leaves behind are (the composition root gives them). */
    public void setOlderBackups(OlderBackups backups) {
        this.olderBackups = backups;
    }

    /** The director keeps the person after a review: out of the review list for three more years. */
    public void keep(Consumer<Contact> onSaved) {
        Contact c = editing().get();
        if (c != null && mayLeave()) {
            saveInBackground(() -> Checked.ok(service.keep(c)), onSaved, formProblem()::set);
        }
    }

    /** Writes everything held about the person to a text file the user chooses. */
    public void exportPersonalData() {
        Contact c = editing().get();
        if (c == null) {
            return;
        }
        String fileName = messages.get("contact.export.fileName", Text.searchKey(c.fullName())
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")) + ".txt";
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("contact.export.title"), fileName);
        if (target.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        FileExport.write(tasks, dialogs, messages, messages.get("contact.export.title"), target.get(),
                file -> org.campuspilot.document.DocumentFiles.writeText(file, export.text(c,
                        repository.companiesWithMainContact(c.id()), repository.eventsOf(c.id()),
                        repository.actionsOf(c.id()), campusName.get(), today)),
                path -> messages.get("contact.export.done", path), path -> messages.get("contact.export.failed", path));
    }

    private String displayName(Contact c) {
        return c.isAnonymised() ? messages.get("contact.anonymised") : c.fullName();
    }

    @Override
    protected String[] discardQuestion(Contact c) {
        return new String[] {messages.get("contact.discard.title"),
            c == null ? messages.get("contact.discard.messageNew")
                    : messages.get("contact.discard.message", displayName(c)),
            messages.get("contact.discard.button")};
    }
}
