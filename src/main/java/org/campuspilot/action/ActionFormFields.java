package org.campuspilot.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuspilot.shared.Organisation;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;

/** The action form's inputs as the edit-conflict dialog shows them (decision 0043). */
final class ActionFormFields {
    private ActionFormFields() {
    }

    static List<FormField> of(ActionFormViewModel vm, Messages messages) {
        List<FormField> fields = new ArrayList<>(List.of(FormField.text("action.form.title.label", vm.title),
                FormField.choice("action.form.type.label", vm.type, t -> messages.get(t.messageKey())),
                FormField.flags("action.form.levels.label", vm.levels, l -> messages.get("level.label", l.shortLabel())),
                FormField.text("action.form.schoolYear.label", vm.schoolYear),
                FormField.text("action.form.startDate.label", vm.startDate),
                FormField.text("action.form.endDate.label", vm.endDate),
                FormField.choice("action.form.status.label", vm.status, s -> messages.get(s.messageKey())),
                FormField.text("action.form.objectives.label", vm.objectives),
                FormField.text("action.form.description.label", vm.description),
                FormField.list("form.conflict.establishments", vm.establishments, Organisation::name),
                FormField.list("form.conflict.companies", vm.companies, Organisation::name),
                FormField.list("form.conflict.people", vm.contacts, ActionFormViewModel.Person::name)));
        counts(fields, vm.targetByStatus, "action.beneficiaries.target", messages);
        counts(fields, vm.actualByStatus, "action.beneficiaries.actual", messages);
        counts(fields, vm.targetBySex, "action.beneficiaries.target", messages);
        counts(fields, vm.actualBySex, "action.beneficiaries.actual", messages);
        fields.addAll(List.of(FormField.text("action.form.hoursPerBeneficiary.label", vm.hoursPerBeneficiary),
                FormField.text("action.form.totalHours.label", vm.totalHours),
                FormField.text("action.mobility.country.label", vm.country),
                FormField.choice("action.mobility.direction.label", vm.direction, d -> messages.get(d.messageKey())),
                FormField.choice("action.mobility.programme.label", vm.programme, p -> messages.get(p.messageKey())),
                FormField.text("action.mobility.programmeName.label", vm.programmeName)));
        return fields;
    }

    private static <K extends Enum<K>> void counts(List<FormField> fields, Map<K, InputField<Integer>> inputs,
            String columnKey, Messages messages) {
        inputs.forEach((k, f) -> fields.add(FormField.text("", f).labelled(m -> m.get("action.beneficiaries.title")
                + " " + m.get(columnKey).toLowerCase(java.util.Locale.ROOT) + " : " + m.get(key(k)))));
    }

    private static String key(Enum<?> k) {
        return k instanceof LearnerStatus s ? s.messageKey() : ((Sex) k).messageKey();
    }
}
