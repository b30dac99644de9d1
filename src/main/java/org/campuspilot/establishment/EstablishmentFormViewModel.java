package org.campuspilot.establishment;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Uai;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Periods;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The establishment form: each field checked when the user leaves it, required fields flagged after the first save
 * attempt, the save and the delete run in the background, database refusals brought back onto the field.
 */
public final class EstablishmentFormViewModel {
    final InputField<Uai> uai = InputField.required(Uai::check);
    final InputField<String> name = InputField.text(true);
    final ObjectProperty<EstablishmentKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<Ownership> ownership = new SimpleObjectProperty<>(Ownership.PUBLIC);
    final ObjectProperty<NetworkRole> role = new SimpleObjectProperty<>(NetworkRole.MEMBRE);
    final ObjectProperty<Problem> kindProblem = new SimpleObjectProperty<>();
    final InputField<Siret> siret = InputField.optional(Siret::check);
    final InputField<String> street = InputField.text(false);
    final InputField<PostalCode> postalCode = InputField.optional(PostalCode::check);
    final InputField<String> city = InputField.text(false);
    final InputField<PhoneNumber> phone = InputField.optional(PhoneNumber::check);
    final InputField<EmailAddress> email = InputField.optional(EmailAddress::check);
    final InputField<String> website = InputField.text(false);
    final InputField<LocalDate> memberSince = InputField.optional(FrenchFormats::parseDate);
    final InputField<LocalDate> memberUntil = InputField.optional(FrenchFormats::parseDate);
    final InputField<LocalDate> conventionSignedOn = InputField.optional(FrenchFormats::parseDate);
    final InputField<String> notes = InputField.text(false);

    private final ObjectProperty<Establishment> editing = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Problem> formProblem = new SimpleObjectProperty<>();
    private boolean saveAttempted;

    private final EstablishmentService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public EstablishmentFormViewModel(EstablishmentService service, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        List<ObservableValue<?>> inputs = List.of(uai.text(), name.text(), kind, ownership, role, siret.text(),
                street.text(), postalCode.text(), city.text(), phone.text(), email.text(), website.text(),
                memberSince.text(), memberUntil.text(), conventionSignedOn.text(), notes.text());
        inputs.forEach(o -> o.addListener((obs, before, after) -> dirty.set(true)));
        kind.addListener((o, a, b) -> {
            if (b != null) {
                kindProblem.set(null);
            }
        });
    }

    /** Empties the form for a new establishment. */
    public void startNew() {
        fill(null);
    }

    /** Shows an existing establishment. */
    public void edit(Establishment e) {
        fill(e);
    }

    private void fill(Establishment e) {
        editing.set(e);
        uai.set(e == null ? "" : e.uai().code());
        name.set(e == null ? "" : e.name());
        kind.set(e == null ? null : e.kind());
        ownership.set(e == null ? Ownership.PUBLIC : e.ownership());
        role.set(e == null ? NetworkRole.MEMBRE : e.role());
        siret.set(e == null || e.siret() == null ? "" : e.siret().display());
        street.set(e == null ? "" : e.street());
        postalCode.set(e == null || e.postalCode() == null ? "" : e.postalCode().code());
        city.set(e == null ? "" : e.city());
        phone.set(e == null || e.phone() == null ? "" : e.phone().display());
        email.set(e == null || e.email() == null ? "" : e.email().address());
        website.set(e == null ? "" : e.website());
        memberSince.set(e == null ? "" : FrenchFormats.date(e.memberSince()));
        memberUntil.set(e == null ? "" : FrenchFormats.date(e.memberUntil()));
        conventionSignedOn.set(e == null ? "" : FrenchFormats.date(e.conventionSignedOn()));
        notes.set(e == null ? "" : e.notes());
        kindProblem.set(null);
        formProblem.set(null);
        saveAttempted = false;
        dirty.set(false);
    }

    /** The user left a field: check it (and the pair of membership dates). */
    public void leave(InputField<?> field) {
        field.check(saveAttempted);
        if ((field == memberSince || field == memberUntil) && memberSince.problem().get() == null
                && memberUntil.problem().get() == null) {
            checkDates();
        }
    }

    private boolean checkDates() {
        return Periods.check(memberSince, memberUntil, false);
    }

    /** Checks every field; saves in the background when all are right, then hands the saved record over. */
    public void save(Consumer<Establishment> onSaved) {
        saveAttempted = true;
        boolean ok = true;
        for (InputField<?> f : List.of(uai, name, siret, street, postalCode, city, phone, email, website,
                memberSince, memberUntil, conventionSignedOn, notes)) {
            ok &= f.check(true);
        }
        ok &= checkDates();
        if (kind.get() == null) {
            kindProblem.set(Problem.of("validation.required"));
            ok = false;
        }
        if (!ok) {
            formProblem.set(Problem.of("form.error.fix"));
            return;
        }
        formProblem.set(null);
        Establishment current = editing.get();
        Establishment e = new Establishment(current == null ? null : current.id(), uai.value(), name.value(),
                kind.get(), ownership.get(), siret.value(), street.value(), postalCode.value(), city.value(),
                phone.value(), email.value(), website.value(), role.get(), memberSince.value(), memberUntil.value(),
                conventionSignedOn.value(), notes.value());
        busy.set(true);
        tasks.run(() -> service.save(e), (Checked<Establishment> result) -> {
            busy.set(false);
            if (result.isOk()) {
                fill(result.value());
                onSaved.accept(result.value());
            } else {
                uai.reject(result.problem().orElseThrow());
                formProblem.set(Problem.of("form.error.fix"));
            }
        }, failure -> {
            busy.set(false);
            formProblem.set(Problem.of("form.error.saveFailed"));
        });
    }

    /**
     * Asks for confirmation, then deletes the establishment shown; a refusal (it is the établissement support, other
     * records refer to it) is explained and nothing is deleted.
     */
    public void delete(Runnable onDeleted) {
        Establishment e = editing.get();
        if (e == null) {
            return;
        }
        var refusal = service.deleteRefusal(e);
        if (refusal.isPresent()) {
            dialogs.error(messages.get("establishment.delete.refused.title"), messages.get(refusal.get()));
            return;
        }
        boolean confirmed = dialogs.confirm(messages.get("establishment.delete.confirm.title"),
                messages.get("establishment.delete.confirm.message", e.name(), e.uai().code()),
                messages.get("establishment.delete.confirm.button"));
        if (!confirmed) {
            return;
        }
        busy.set(true);
        tasks.run(() -> service.delete(e), problem -> {
            busy.set(false);
            if (problem.isPresent()) {
                dialogs.error(messages.get("establishment.delete.refused.title"), messages.get(problem.get()));
            } else {
                fill(null);
                onDeleted.run();
            }
        }, failure -> {
            busy.set(false);
            formProblem.set(Problem.of("form.error.deleteFailed"));
        });
    }

    /**
     * Whether the form may show another record: yes when nothing was changed, otherwise only if the user chooses
     * to discard the changes.
     */
    public boolean mayLeave() {
        if (!dirty.get()) {
            return true;
        }
        Establishment e = editing.get();
        return dialogs.confirm(messages.get("establishment.discard.title"),
                e == null ? messages.get("establishment.discard.messageNew")
                        : messages.get("establishment.discard.message", e.name()),
                messages.get("establishment.discard.button"));
    }

    public ObjectProperty<Establishment> editing() {
        return editing;
    }

    public BooleanProperty dirty() {
        return dirty;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObjectProperty<Problem> formProblem() {
        return formProblem;
    }
}
