package org.campuspilot.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.Messages;

/** The event form's inputs as the edit-conflict dialog shows them (decision 0043). */
final class EventFormFields {
    private EventFormFields() {
    }

    /** Every input the form writes, for the edit-conflict dialog (decision 0043). */
    static List<FormField> of(EventFormViewModel vm, Messages messages) {
        List<FormField> fields = new ArrayList<>(List.of(FormField.text("event.form.title.label", vm.title),
                FormField.choice("event.form.type.label", vm.type, t -> messages.get(t.messageKey())),
                FormField.choice("event.form.status.label", vm.status, t -> messages.get(t.messageKey())),
                FormField.choice("event.form.allDay", vm.allDay,
                        b -> messages.get(b ? "form.conflict.yes" : "form.conflict.no")),
                FormField.text("event.form.startDate.label", vm.startDate),
                FormField.text("event.form.startTime.label", vm.startTime),
                FormField.text("event.form.endDate.label", vm.endDate),
                FormField.text("event.form.endTime.label", vm.endTime),
                FormField.group("event.form.placeEstablishment.label",
                        v -> v.get(0) != null ? ((Organisation) v.get(0)).name() : String.valueOf(v.get(1)),
                        FormField.choice("", vm.placeEstablishment, Organisation::name), FormField.text("", vm.place)),
                FormField.group("event.form.organiser.label", v -> v.get(0) == null
                        ? messages.get("event.form.organiser.campus")
                        : v.get(0) == Organisation.Kind.ESTABLISHMENT && v.get(1) != null ? ((Organisation) v.get(1)).name()
                        : v.get(0) == Organisation.Kind.COMPANY && v.get(2) != null ? ((Organisation) v.get(2)).name()
                        : "", FormField.choice("", vm.organiserKind, k -> ""),
                        FormField.choice("", vm.organiserEstablishment, Organisation::name),
                        FormField.choice("", vm.organiserCompany, Organisation::name)),
                FormField.text("event.form.description.label", vm.description),
                FormField.text("event.form.expected.label", vm.expected)));
        vm.attendance.forEach((a, f) -> fields.add(FormField.text("", f)
                .labelled(FormField.key("event.attendance.title", a.messageKey()))));
        fields.add(FormField.list("form.conflict.establishments", vm.establishments, Organisation::name));
        fields.add(presences("event.participants.establishmentPresence", vm.establishmentPresence, messages));
        fields.add(FormField.list("form.conflict.companies", vm.companies, Organisation::name));
        fields.add(presences("event.participants.companyPresence", vm.companyPresence, messages));
        fields.add(FormField.list("form.conflict.people", vm.contacts,
                p -> p.name() + " (" + messages.get(p.presence().messageKey()) + ")"));
        return fields;
    }

    /** Where the organisations taking part stand, as a whole: « 3 inscrit(s), 1 présent(s) ». */
    @SuppressWarnings("unchecked")
    private static FormField presences(String labelKey, javafx.collections.ObservableMap<Long, Presence> map,
            Messages messages) {
        return new FormField(FormField.key(labelKey), map, () -> new java.util.HashMap<>(map), v -> {
            map.clear();
            map.putAll((Map<Long, Presence>) v);
        }, v -> {
            Map<Presence, Long> counts = new java.util.EnumMap<>(Presence.class);
            ((Map<Long, Presence>) v).values().forEach(p -> counts.merge(p, 1L, Long::sum));
            return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " "
                    + messages.get(e.getKey().messageKey()).toLowerCase(java.util.Locale.ROOT)).toList());
        });
    }

}
