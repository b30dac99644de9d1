package org.campuspilot.establishment;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Uai;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Periods;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The establishment form: each field checked when the user leaves it, required fields flagged after the first save
 * attempt, the save and the delete run in the background, database refusals brought back onto the field.
 */
public final class EstablishmentFormViewModel extends FormViewModel<Establishment> {
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
    /** The record a refused UAI belongs to, offered as a link; null when there is none. */
    final ObjectProperty<Long> existing = new SimpleObjectProperty<>();

    private final EstablishmentService service;

    public EstablishmentFormViewModel(EstablishmentService service, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        super(tasks, dialogs, messages);
        this.service = service;
        trackChanges(List.of(uai.text(), name.text(), kind, ownership, role, siret.text(),
                street.text(), postalCode.text(), city.text(), phone.text(), email.text(), website.text(),
                memberSince.text(), memberUntil.text(), conventionSignedOn.text(), notes.text()));
        conflictFields(List.of(FormField.text("establishment.form.uai.label", uai),
                FormField.text("establishment.form.name.label", name),
                FormField.choice("establishment.form.kind.label", kind, k -> messages.get(k.messageKey())),
                FormField.choice("establishment.form.ownership.label", ownership, o -> messages.get(o.messageKey())),
                FormField.choice("establishment.form.role.label", role, r -> messages.get(r.messageKey())),
                FormField.text("establishment.form.siret.label", siret),
                FormField.text("establishment.form.street.label", street),
                FormField.text("establishment.form.postalCode.label", postalCode),
                FormField.text("establishment.form.city.label", city),
                FormField.text("establishment.form.phone.label", phone),
                FormField.text("establishment.form.email.label", email),
                FormField.text("establishment.form.website.label", website),
                FormField.text("establishment.form.memberSince.label", memberSince),
                FormField.text("establishment.form.memberUntil.label", memberUntil),
                FormField.text("establishment.form.conventionSignedOn.label", conventionSignedOn),
                FormField.text("establishment.form.notes.label", notes)));
        uai.text().addListener((o, a, b) -> existing.set(null));
        kind.addListener((o, a, b) -> {
            if (b != null) {
                kindProblem.set(null);
            }
        });
    }

    @Override
    protected void fillFields(Establishment e) {
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
        existing.set(null);
    }

    /** The user left a field: check it (and the pair of membership dates). */
    @Override
    public void leave(InputField<?> field) {
        super.leave(field);
        if (field == uai && uai.problem().get() == null && uai.value() != null) {
            checkUaiUnused();
        }
        if ((field == memberSince || field == memberUntil) && memberSince.problem().get() == null
                && memberUntil.problem().get() == null) {
            checkDates();
        }
    }

    /** A UAI already on file is pointed out when the field is left, with the way to the record, as at save. */
    private void checkUaiUnused() {
        org.campuspilot.shared.Uai typed = uai.value();
        Long id = editing().get() == null ? null : editing().get().id();
        tasks.run(() -> service.duplicateUai(typed, id), duplicate -> duplicate.ifPresent(p -> {
            if (typed.equals(uai.value())) { // not typed over meanwhile
                uai.reject(p);
                existing.set(p.existingId());
            }
        }), failure -> {
            // Said again at save, where it is checked in the same transaction as the write.
        });
    }

    private boolean checkDates() {
        return Periods.check(memberSince, memberUntil, false);
    }

    /** Checks every field; saves in the background when all are right, then hands the saved record over. */
    @Override
    public void save(Consumer<Establishment> onSaved) {
        boolean ok = checkAll(List.of(uai, name, siret, street, postalCode, city, phone, email, website,
                memberSince, memberUntil, conventionSignedOn, notes));
        ok &= checkDates();
        if (kind.get() == null) {
            kindProblem.set(Problem.of("validation.required"));
            ok = false;
        }
        if (!ok) {
            showFixFields();
            return;
        }
        Establishment current = editing().get();
        Establishment e = new Establishment(current == null ? null : current.id(), uai.value(), name.value(),
                kind.get(), ownership.get(), siret.value(), street.value(), postalCode.value(), city.value(),
                phone.value(), email.value(), website.value(), role.get(), memberSince.value(), memberUntil.value(),
                conventionSignedOn.value(), notes.value());
        boolean nameOrCityChanged = current == null || !current.name().equals(e.name())
                || !java.util.Objects.equals(current.city(), e.city());
        busy().set(true);
        tasks.run(() -> nameOrCityChanged ? service.similar(e) : List.<Establishment>of(), similar -> {
            busy().set(false);
            if (!similar.isEmpty() && !dialogs.confirm(messages.get("establishment.similar.title"),
                    messages.get("establishment.similar.message", e.city(), String.join(", ",
                            similar.stream().map(x -> "« " + x.name() + " » (" + x.uai().code() + ")").toList())),
                    messages.get("establishment.similar.button"))) {
                return;
            }
            saveInBackground(() -> service.save(e, current), onSaved, p -> {
                uai.reject(p);
                existing.set(p.existingId());
            });
        }, failure -> {
            busy().set(false);
            formProblem().set(Problem.of("form.error.saveFailed"));
        });
    }

    /**
     * Asks for confirmation, then deletes the establishment shown; a refusal (it is the établissement support, other
     * records refer to it) is explained and nothing is deleted.
     */
    @Override
    public void delete(Runnable onDeleted) {
        Establishment e = editing().get();
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
        if (confirmed) {
            deleteInBackground(() -> service.delete(e), messages.get("establishment.delete.refused.title"),
                    onDeleted);
        }
    }

    @Override
    protected String[] discardQuestion(Establishment e) {
        return new String[] {messages.get("establishment.discard.title"),
            e == null ? messages.get("establishment.discard.messageNew")
                    : messages.get("establishment.discard.message", e.name()),
            messages.get("establishment.discard.button")};
    }
}
