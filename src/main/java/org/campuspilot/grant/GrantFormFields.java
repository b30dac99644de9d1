package org.campuspilot.grant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.Messages;

/**
 * The grant form's inputs as the edit-conflict dialog shows them (decision 0043): the fields, the schedule of
 * instalments as a whole (each row as typed), and the explanations of the gaps.
 */
final class GrantFormFields {
    private GrantFormFields() {
    }

    static List<FormField> of(GrantFormViewModel vm, Messages messages) {
        List<FormField> fields = new ArrayList<>(List.of(
                FormField.choice("grant.form.funder.label", vm.funder, f -> messages.get(f.messageKey())),
                FormField.text("grant.form.funderName.label", vm.funderName),
                FormField.text("grant.form.year.label", vm.year),
                FormField.text("grant.form.object.label", vm.object),
                FormField.choice("grant.form.status.label", vm.status, s -> messages.get(s.messageKey())),
                FormField.choice("grant.form.project.label", vm.project, vm::projectName),
                FormField.text("grant.form.requested.label", vm.requested),
                FormField.text("grant.form.awarded.label", vm.awarded),
                FormField.text("grant.form.decisionDate.label", vm.decisionDate),
                FormField.text("grant.form.conventionRef.label", vm.conventionRef),
                FormField.text("grant.form.conventionSignedOn.label", vm.conventionSignedOn),
                FormField.text("grant.form.reportDue.label", vm.reportDue),
                FormField.text("grant.form.reportSentOn.label", vm.reportSentOn)));
        fields.add(new FormField(FormField.key("grant.instalments.title"), vm.instalments,
                () -> vm.instalments.stream().map(GrantFormViewModel.InstalmentRow::typed).toList(),
                v -> vm.instalments.setAll(((List<?>) v).stream().map(t -> vm.rowOf((List<?>) t)).toList()),
                v -> String.join(" ; ", ((List<?>) v).stream().map(t -> shown((List<?>) t, messages)).toList())));
        fields.addAll(List.of(FormField.text("grant.report.review", vm.review),
                FormField.text("grant.report.indirectCosts", vm.indirectCosts),
                FormField.text("grant.report.contributions", vm.contributions)));
        fields.add(new FormField(FormField.key("grant.report.gaps"), vm.gaps, vm::explanations,
                v -> vm.explain(new LinkedHashMap<>((Map<String, String>) v)),
                v -> String.join(" ; ", ((Map<?, ?>) v).entrySet().stream()
                        .map(e -> e.getKey() + " : " + e.getValue()).toList())));
        return fields;
    }

    /** An instalment as typed: its kind, date and amount expected, condition, date and amount received. */
    private static String shown(List<?> typed, Messages messages) {
        StringBuilder s = new StringBuilder(typed.get(1) == null ? "" : messages.get(
                ((InstalmentKind) typed.get(1)).messageKey()));
        for (int i = 2; i < typed.size(); i++) {
            if (typed.get(i) != null && !typed.get(i).toString().isBlank()) {
                s.append(", ").append(typed.get(i));
            }
        }
        return s.toString();
    }
}
