package org.campuspilot.company;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.CompanyNumber;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Periods;
import org.campuspilot.ui.TaskRunner;

/**
 * The company form: each field checked when the user leaves it; a SIRET already on file is refused with a way to
 * open the existing record; a name close to another company's in the same city is pointed out before saving.
 */
public final class CompanyFormViewModel extends FormViewModel<Company> {
    final InputField<CompanyNumber> number = InputField.required(CompanyNumber::check);
    final InputField<String> name = InputField.text(true);
    final ObjectProperty<NafVersion> nafVersion = new SimpleObjectProperty<>();
    final InputField<Naf> naf = InputField.optional(s -> Naf.check(s, nafVersion.get()));
    final ObjectProperty<SizeBand> size = new SimpleObjectProperty<>();
    final InputField<String> activity = InputField.text(false);
    final InputField<String> street = InputField.text(false);
    final InputField<PostalCode> postalCode = InputField.optional(PostalCode::check);
    final InputField<String> city = InputField.text(false);
    final InputField<String> website = InputField.text(false);
    final Map<PartnershipKind, BooleanProperty> partnerships = new EnumMap<>(PartnershipKind.class);
    final InputField<LocalDate> conventionSignedOn = InputField.optional(FrenchFormats::parseDate);
    final InputField<LocalDate> conventionEndsOn = InputField.optional(FrenchFormats::parseDate);
    final ObjectProperty<Contact> mainContact = new SimpleObjectProperty<>();
    final ObservableList<Contact> mainContactChoices = FXCollections.observableArrayList();
    final InputField<String> notes = InputField.text(false);
    /** The record a refused SIRET belongs to, offered as a link; null when there is none. */
    final ObjectProperty<Long> existing = new SimpleObjectProperty<>();

    private final CompanyService service;
    private final ContactRepository contacts;
    private final Clock clock;

    public CompanyFormViewModel(CompanyService service, ContactRepository contacts, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock) {
        super(tasks, dialogs, messages);
        this.service = service;
        this.contacts = contacts;
        this.clock = clock;
        for (PartnershipKind k : PartnershipKind.values()) {
            partnerships.put(k, new SimpleBooleanProperty(false));
        }
        List<ObservableValue<?>> inputs = new ArrayList<>(List.of(number.text(), name.text(), nafVersion, naf.text(),
                size, activity.text(), street.text(), postalCode.text(), city.text(), website.text(),
                conventionSignedOn.text(), conventionEndsOn.text(), mainContact, notes.text()));
        inputs.addAll(partnerships.values());
        trackChanges(inputs);
        conflictFields(List.of(FormField.text("company.form.number.label", number),
                FormField.text("company.form.name.label", name),
                FormField.choice("company.form.nafVersion.label", nafVersion, v -> messages.get(v.messageKey())),
                FormField.text("company.form.naf.label", naf),
                FormField.choice("company.form.size.label", size, v -> messages.get(v.messageKey())),
                FormField.text("company.form.activity.label", activity),
                FormField.text("company.form.street.label", street),
                FormField.text("company.form.postalCode.label", postalCode),
                FormField.text("company.form.city.label", city),
                FormField.text("company.form.website.label", website),
                FormField.flags("company.form.partnerships.label", partnerships, k -> messages.get(k.messageKey())),
                FormField.text("company.form.conventionSignedOn.label", conventionSignedOn),
                FormField.text("company.form.conventionEndsOn.label", conventionEndsOn),
                FormField.choice("company.form.mainContact.label", mainContact, Contact::fullName),
                FormField.text("company.form.notes.label", notes)));
        number.text().addListener((o, a, b) -> existing.set(null));
        nafVersion.addListener((o, a, b) -> {
            if (!naf.text().get().isBlank()) {
                naf.check(false);
            }
        });
    }

    @Override
    protected void fillFields(Company c) {
        number.set(c == null ? "" : c.number().display());
        name.set(c == null ? "" : c.name());
        nafVersion.set(c == null || c.naf() == null ? NafVersion.inForceOn(LocalDate.now(clock)) : c.naf().version());
        naf.set(c == null || c.naf() == null ? "" : c.naf().code());
        size.set(c == null ? null : c.size());
        activity.set(c == null ? "" : c.activity());
        street.set(c == null ? "" : c.street());
        postalCode.set(c == null || c.postalCode() == null ? "" : c.postalCode().code());
        city.set(c == null ? "" : c.city());
        website.set(c == null ? "" : c.website());
        partnerships.forEach((k, p) -> p.set(c != null && c.partnerships().contains(k)));
        conventionSignedOn.set(c == null ? "" : FrenchFormats.date(c.conventionSignedOn()));
        conventionEndsOn.set(c == null ? "" : FrenchFormats.date(c.conventionEndsOn()));
        notes.set(c == null ? "" : c.notes());
        existing.set(null);
        // The same company filled again (their version of it, after an edit conflict): its people are known already.
        Contact known = c == null ? null : mainContactChoices.stream()
                .filter(x -> x.id().equals(c.mainContactId())).findFirst().orElse(null);
        mainContactChoices.clear();
        mainContact.set(known);
        if (c != null) {
            loadMainContactChoices(c);
        }
    }

    private void loadMainContactChoices(Company c) {
        tasks.run(() -> contacts.findByOrganisation(Organisation.company(c.id(), c.name())), list -> {
            if (editing().get() == null || !editing().get().id().equals(c.id())) {
                return;
            }
            boolean wasDirty = dirty().get();
            // The person chosen meanwhile stays chosen (the user's, put back after an edit conflict).
            Long wanted = mainContact.get() != null ? mainContact.get().id() : c.mainContactId();
            mainContactChoices.setAll(list);
            mainContact.set(list.stream().filter(x -> x.id().equals(wanted)).findFirst().orElse(null));
            dirty().set(wasDirty);
        }, failure -> {
        });
    }

    @Override
    public void leave(InputField<?> field) {
        super.leave(field);
        if ((field == conventionSignedOn || field == conventionEndsOn) && conventionSignedOn.problem().get() == null
                && conventionEndsOn.problem().get() == null) {
            Periods.check(conventionSignedOn, conventionEndsOn, false);
        }
    }

    /**
     * Checks every field; when a company of the same city has the same or nearly the same name, asks whether to go
     * on; then saves in the background and hands the saved record over.
     */
    @Override
    public void save(Consumer<Company> onSaved) {
        boolean ok = checkAll(List.of(number, name, naf, activity, street, postalCode, city, website,
                conventionSignedOn, conventionEndsOn, notes));
        ok &= Periods.check(conventionSignedOn, conventionEndsOn, false);
        if (!ok) {
            showFixFields();
            return;
        }
        Company current = editing().get();
        Set<PartnershipKind> kinds = EnumSet.noneOf(PartnershipKind.class);
        partnerships.forEach((k, p) -> {
            if (p.get()) {
                kinds.add(k);
            }
        });
        Contact main = mainContact.get();
        Company c = new Company(current == null ? null : current.id(), number.value(), name.value(), naf.value(),
                size.get(), activity.value(), street.value(), postalCode.value(), city.value(), website.value(), kinds,
                conventionSignedOn.value(), conventionEndsOn.value(), main == null ? null : main.id(), notes.value());
        boolean nameOrCityChanged = current == null || !current.name().equals(c.name())
                || !java.util.Objects.equals(current.city(), c.city());
        busy().set(true);
        tasks.run(() -> nameOrCityChanged ? service.similar(c) : List.<Company>of(), similar -> {
            busy().set(false);
            if (!similar.isEmpty() && !dialogs.confirm(messages.get("company.similar.title"),
                    messages.get("company.similar.message", c.city(), names(similar)),
                    messages.get("company.similar.button"))) {
                return;
            }
            saveInBackground(() -> service.save(c, current), onSaved, p -> {
                number.reject(p);
                existing.set(p.existingId());
            });
        }, failure -> {
            busy().set(false);
            formProblem().set(Problem.of("form.error.saveFailed"));
        });
    }

    private static String names(List<Company> companies) {
        return String.join(", ", companies.stream().map(x -> "« " + x.name() + " »").toList());
    }

    /** Asks for confirmation, then deletes the company shown; refused while contacts belong to it. */
    @Override
    public void delete(Runnable onDeleted) {
        Company c = editing().get();
        if (c == null) {
            return;
        }
        boolean confirmed = dialogs.confirm(messages.get("company.delete.confirm.title"),
                messages.get("company.delete.confirm.message", c.name()),
                messages.get("company.delete.confirm.button"));
        if (confirmed) {
            deleteInBackground(() -> service.delete(c), messages.get("company.delete.refused.title"), onDeleted);
        }
    }

    @Override
    protected String[] discardQuestion(Company c) {
        return new String[] {messages.get("company.discard.title"),
            c == null ? messages.get("company.discard.messageNew") : messages.get("company.discard.message", c.name()),
            messages.get("company.discard.button")};
    }
}
