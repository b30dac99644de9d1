package org.campuspilot.label;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FileExport;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The bilan du label screen: the objectives of the label period (added, changed, removed in a small form), the
 * bilan built from the records as it will be exported, and its exports (PDF, ODT for the committee; ODS, XLSX for the
 * Région).
 */
public final class LabelViewModel {
    private final LabelBilanService service;
    private final LabelDocuments documents;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    final ObservableList<LabelObjective> objectives = FXCollections.observableArrayList();
    final ObjectProperty<LabelBilan> bilan = new SimpleObjectProperty<>();
    /** School years (the default) or civil years. */
    final ObjectProperty<org.campuspilot.report.ReportPeriod.Kind> kind = new SimpleObjectProperty<>(
            org.campuspilot.report.ReportPeriod.Kind.SCHOOL);
    final ObjectProperty<DocumentModel> preview = new SimpleObjectProperty<>();
    /** « Label du … au … (5 ans) », or what the identity lacks. */
    final StringProperty period = new SimpleStringProperty("");
    final BooleanProperty noPeriod = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty status = new SimpleStringProperty("");

    /** The form of the objective being added or changed; null while none is. */
    final ObjectProperty<LabelObjective> editing = new SimpleObjectProperty<>();
    final BooleanProperty formShown = new SimpleBooleanProperty(false);
    final ObjectProperty<LabelIndicator> indicator = new SimpleObjectProperty<>(LabelIndicator.BENEFICIARIES);
    /** The values of the chosen indicator's list (kinds, publics, levels…); empty for an indicator without one. */
    final ObservableList<Enum<?>> details = FXCollections.observableArrayList();
    final ObjectProperty<Enum<?>> detail = new SimpleObjectProperty<>();
    final InputField<String> label = InputField.text(true);
    /** A whole number; a share (in %) 100 at most. */
    final InputField<Long> target = InputField.required(input -> {
        Checked<Long> c = count(input);
        if (c.isOk() && c.value() != null && c.value() > 100 && indicator.get() != null
                && indicator.get().unit() == LabelIndicator.Unit.PERCENT) {
            return Checked.fail("label.objective.percent.tooLarge");
        }
        return c;
    });
    final ObjectProperty<LabelObjective.Scope> scope = new SimpleObjectProperty<>(LabelObjective.Scope.EACH_YEAR);
    /** For an objective counted by hand: one field per school year of the period. */
    final Map<Integer, InputField<Long>> typed = new LinkedHashMap<>();
    final ObservableList<Integer> years = FXCollections.observableArrayList();
    final ObjectProperty<Problem> formProblem = new SimpleObjectProperty<>();
    /** The director's texts for the committee, as typed. */
    final Map<org.campuspilot.report.ReportTexts.Section, StringProperty> texts = new LinkedHashMap<>();
    /** What the director writes about each theme, as typed; {@link #textTheme} is the one shown. */
    final Map<LabelIndicator.Theme, StringProperty> themeTexts = new LinkedHashMap<>();
    final ObjectProperty<LabelIndicator.Theme> textTheme = new SimpleObjectProperty<>(LabelIndicator.Theme.NETWORK);

    public LabelViewModel(LabelBilanService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.documents = new LabelDocuments(messages);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        for (org.campuspilot.report.ReportTexts.Section s : org.campuspilot.report.ReportTexts.Section.values()) {
            texts.put(s, new SimpleStringProperty(""));
        }
        for (LabelIndicator.Theme t : LabelIndicator.Theme.values()) {
            themeTexts.put(t, new SimpleStringProperty(""));
        }
        indicator.addListener((o, a, i) -> {
            List<Enum<?>> values = i == null ? List.of() : i.details();
            Enum<?> kept = detail.get();
            details.setAll(values);
            detail.set(kept != null && values.contains(kept) ? kept : values.isEmpty() ? null : values.get(0));
        });
    }

    /** Keeps the texts, then builds the bilan again with them. */
    public void saveTexts() {
        Map<org.campuspilot.report.ReportTexts.Section, String> values = new LinkedHashMap<>();
        texts.forEach((s, p) -> values.put(s, p.get() == null ? "" : p.get()));
        Map<LabelIndicator.Theme, String> themes = new LinkedHashMap<>();
        themeTexts.forEach((t, p) -> themes.put(t, p.get() == null ? "" : p.get()));
        busy.set(true);
        tasks.run(() -> {
            service.saveTexts(values, themes);
            return null;
        }, done -> {
            busy.set(false);
            status.set(messages.get("label.screen.textsSaved"));
            load();
        }, failure -> {
            busy.set(false);
            status.set(messages.get("form.error.saveFailed"));
        });
    }

    /** A whole number, 0 or more, typed the French way (« 1 500 »). */
    static Checked<Long> count(String input) {
        String s = input == null ? "" : input.replaceAll("[\\s\\u00A0\\u202F%€]", "");
        if (s.isEmpty()) {
            return Checked.ok(null);
        }
        if (!s.matches("[-\u2212]?\\d+")) {
            return Checked.fail("label.objective.count.invalid", input.strip());
        }
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            return s.substring(1).matches("0+") ? Checked.ok(0L) : Checked.fail("label.objective.count.negative",
                    input.strip());
        }
        if (s.replaceFirst("^0+(?=\\d)", "").length() > 12) {
            return Checked.fail("label.objective.count.tooLarge", input.strip());
        }
        return Checked.ok(Long.parseLong(s));
    }

    /** The preview's charts as pictures, drawn in the background with the bilan (not on the FX thread). */
    Map<DocumentModel.Chart, byte[]> previewImages = Map.of();

    /** What a load reads in the background: the objectives, the bilan, its document and its charts drawn. */
    private record Loaded(List<LabelObjective> objectives, LabelBilan bilan, DocumentModel document,
            Map<DocumentModel.Chart, byte[]> images) {
    }

    /** Reads the objectives and builds the bilan, its document and its charts in the background. */
    public void load() {
        busy.set(true);
        org.campuspilot.report.ReportPeriod.Kind k = kind.get();
        tasks.run(() -> {
            LabelBilan b = service.bilan(k).orElse(null);
            DocumentModel model = b == null ? null : documents.document(b);
            return new Loaded(service.objectives(), b, model, org.campuspilot.document.ChartImage.pngs(model));
        }, read -> {
            busy.set(false);
            objectives.setAll(read.objectives());
            LabelBilan b = read.bilan();
            bilan.set(b);
            if (b != null) {
                texts.forEach((s, p) -> refresh(p, b.texts().getOrDefault(s, "")));
                themeTexts.forEach((t, p) -> refresh(p, b.themeTexts().getOrDefault(t, "")));
            }
            noPeriod.set(b == null);
            if (b == null) {
                period.set(messages.get("label.screen.noPeriod"));
                previewImages = Map.of();
                preview.set(null);
                years.clear();
            } else {
                java.time.Period p = java.time.Period.between(b.labelStart(), b.labelEnd().plusDays(1));
                period.set(messages.get("label.screen.period", org.campuspilot.shared.FrenchFormats.date(
                        b.labelStart()), org.campuspilot.shared.FrenchFormats.date(b.labelEnd()), p.getYears()));
                // The figures typed by hand are a school year's, whichever years the bilan shows.
                years.setAll(service.schoolYears(b));
                previewImages = read.images();
                preview.set(read.document());
            }
        }, failure -> {
            busy.set(false);
            status.set(messages.get("label.screen.loadFailed"));
        });
    }

    /** The texts as last read, to tell a text the director is typing from one nobody touched since. */
    private final Map<StringProperty, String> read = new java.util.IdentityHashMap<>();

    /**
     * Shows a text as stored, unless the director changed it since it was last read and has not saved it: building
     * the bilan again (after saving an objective) never throws away what is being typed.
     */
    private void refresh(StringProperty field, String stored) {
        String before = read.get(field);
        String now = field.get() == null ? "" : field.get();
        if (before == null || now.equals(before) || now.equals(stored)) {
            field.set(stored);
        }
        read.put(field, stored);
    }

    /** Opens the form on a new objective. */
    public void startNew() {
        fill(null);
    }

    /** Opens the form on an objective. */
    public void edit(LabelObjective o) {
        fill(o);
    }

    private void fill(LabelObjective o) {
        editing.set(o);
        indicator.set(o == null ? LabelIndicator.BENEFICIARIES : o.indicator());
        if (o != null) {
            o.detailValue().ifPresent(detail::set);
        }
        label.set(o == null ? "" : o.label());
        target.set(o == null ? "" : String.valueOf(o.target()));
        scope.set(o == null ? LabelObjective.Scope.EACH_YEAR : o.scope());
        typed.clear();
        for (int y : years) {
            InputField<Long> f = InputField.optional(LabelViewModel::count);
            Long v = o == null ? null : o.typed().get(y);
            f.set(v == null ? "" : String.valueOf(v));
            typed.put(y, f);
        }
        formProblem.set(null);
        formShown.set(true);
    }

    public void cancel() {
        formShown.set(false);
        editing.set(null);
    }

    /** Checks the form and saves the objective; the bilan is built again. */
    public void save() {
        boolean ok = label.check(true) & target.check(true);
        if (indicator.get() == LabelIndicator.MANUAL) {
            for (InputField<Long> f : typed.values()) {
                ok &= f.check(false);
            }
        }
        if (!ok) {
            formProblem.set(Problem.of("form.error.fix"));
            return;
        }
        Map<Integer, Long> values = new LinkedHashMap<>();
        typed.forEach((y, f) -> {
            if (f.value() != null) {
                values.put(y, f.value());
            }
        });
        LabelObjective current = editing.get();
        Enum<?> d = indicator.get().detailed() ? detail.get() : null;
        LabelObjective o = new LabelObjective(current == null ? null : current.id(), indicator.get(),
                d == null ? null : d.name(), label.value(),
                target.value(), scope.get(), values, current == null ? null : current.updatedAt());
        busy.set(true);
        tasks.run(() -> service.save(o), saved -> {
            busy.set(false);
            formShown.set(false);
            editing.set(null);
            load();
        }, failure -> {
            busy.set(false);
            formProblem.set(Problem.of("form.error.saveFailed"));
        });
    }

    /** Removes an objective once the director confirms. */
    public void delete(LabelObjective o) {
        if (o == null || !dialogs.confirm(messages.get("label.objective.delete.title"),
                messages.get("label.objective.delete.message", o.label()),
                messages.get("label.objective.delete.button"))) {
            return;
        }
        tasks.run(() -> {
            service.delete(o);
            return null;
        }, done -> load(), failure -> status.set(messages.get("form.error.saveFailed")));
    }

    /** Asks where, then writes the bilan in the background. */
    public void export(Format format) {
        LabelBilan b = bilan.get();
        String title = messages.get("label.export.title");
        if (b == null) {
            dialogs.info(title, messages.get("label.screen.noPeriod"));
            return;
        }
        // « 2022-2027 »: school years end in the year after their first; civil years are their own.
        int last = b.years().get(b.years().size() - 1) + (b.kind() == org.campuspilot.report.ReportPeriod.Kind.CIVIL
                ? 0 : 1);
        dialogs.chooseFileToSave(title, messages.get("label.export.fileName", String.valueOf(b.years().get(0)),
                String.valueOf(last)) + "." + format.extension()).ifPresent(path -> {
                    busy.set(true);
                    FileExport.write(tasks, dialogs, messages, title, path, target -> documents.write(b, format,
                            target), p -> messages.get("document.written", p), p -> messages.get(
                                    "document.write.failed", p), () -> busy.set(false));
                });
    }

    /** What an objective counts: « Participants aux événements : Collégiens », « Actions menées ». */
    String indicatorText(LabelObjective o) {
        return o.detailValue().map(d -> messages.get(o.indicator().messageKey() + ".of", messages.get(LabelIndicator
                .detailKey(d)))).orElseGet(() -> messages.get(o.indicator().messageKey()));
    }

    /** The objectives' texts in the list: « 300 jeunes … — cible 300, chaque année ». */
    String describe(LabelObjective o) {
        return messages.get("label.objective.line", o.label(), indicatorText(o),
                org.campuspilot.shared.FrenchFormats.integer(o.target()), messages.get(o.scope().messageKey()));
    }
}
