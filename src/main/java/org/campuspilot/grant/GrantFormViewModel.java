package org.campuspilot.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * A grant's page: the funder, year, object and amounts; the convention and the decision; the schedule of
 * instalments with what was received (late and partial ones flagged); awarded, received and spent; and the compte
 * rendu financier: its texts, an explanation for each line more than 15 % away from the forecast, and its exports.
 */
public final class GrantFormViewModel extends FormViewModel<Grant> {

    /** One instalment of the schedule being edited. */
    public final class InstalmentRow {
        final ObjectProperty<InstalmentKind> kind = new SimpleObjectProperty<>(InstalmentKind.ACOMPTE);
        final InputField<LocalDate> expectedOn = InputField.optional(FrenchFormats::parseDate);
        final InputField<Money> expected = InputField.required(EntryFormViewModel::positive);
        final InputField<String> condition = InputField.text(false);
        final InputField<LocalDate> receivedOn = InputField.optional(FrenchFormats::parseDate);
        final InputField<Money> received = InputField.optional(EntryFormViewModel::positive);
        final StringProperty state = new SimpleStringProperty("");
        final Long id;

        InstalmentRow(Instalment i) {
            this(i == null ? null : i.id(), i);
        }

        private InstalmentRow(Long id, Instalment i) {
            this.id = id;
            if (i != null) {
                kind.set(i.kind());
                expectedOn.set(FrenchFormats.date(i.expectedOn()));
                expected.set(i.expected().number());
                condition.set(i.condition());
                receivedOn.set(FrenchFormats.date(i.receivedOn()));
                received.set(i.received() == null ? "" : i.received().number());
            }
            trackChanges(List.of(kind, expectedOn.text(), expected.text(), condition.text(), receivedOn.text(),
                    received.text()));
            for (InputField<?> f : fields()) {
                f.text().addListener((o, a, b) -> showState());
            }
            showState();
        }

        List<InputField<?>> fields() {
            return List.of(expectedOn, expected, condition, receivedOn, received);
        }

        /** The row as typed: its id, kind, then each field's text (for the edit-conflict dialog). */
        List<Object> typed() {
            List<Object> t = new ArrayList<>(java.util.Arrays.asList(id, kind.get()));
            fields().forEach(f -> t.add(f.text().get()));
            return t;
        }

        /** The instalment as typed, or null while a field is not right. */
        Instalment value() {
            Checked<LocalDate> on = FrenchFormats.parseDate(expectedOn.text().get());
            Checked<Money> amount = EntryFormViewModel.positive(expected.text().get());
            Checked<LocalDate> rOn = FrenchFormats.parseDate(receivedOn.text().get());
            Checked<Money> r = EntryFormViewModel.positive(received.text().get());
            if (!on.isOk() || !amount.isOk() || amount.value() == null || !rOn.isOk() || !r.isOk()
                    || (rOn.value() == null) != (r.value() == null)) {
                return null;
            }
            return new Instalment(id, kind.get(), on.value(), amount.value(), condition.text().get().strip(),
                    rOn.value(), r.value());
        }

        private void showState() {
            Instalment i = value();
            state.set(i == null ? "" : messages.get(i.state(LocalDate.now(clock)).messageKey()));
        }

        /** Checks the row; received date and amount go together. */
        boolean check() {
            boolean ok = true;
            for (InputField<?> f : fields()) {
                ok &= f.check(true);
            }
            if (ok && (receivedOn.value() == null) != (received.value() == null)) {
                (receivedOn.value() == null ? receivedOn : received).reject(Problem.of(
                        "grant.instalment.receivedBoth"));
                ok = false;
            }
            return ok;
        }
    }

    final ObjectProperty<Funder> funder = new SimpleObjectProperty<>(Funder.REGION);
    final InputField<String> funderName = InputField.text(true);
    final InputField<Integer> year = InputField.required(GrantFormViewModel::year);
    final InputField<String> object = InputField.text(true);
    final InputField<Money> requested = InputField.optional(Money::check);
    final InputField<Money> awarded = InputField.optional(Money::check);
    final InputField<LocalDate> decisionDate = InputField.optional(FrenchFormats::parseDate);
    final InputField<String> conventionRef = InputField.text(false);
    final InputField<LocalDate> conventionSignedOn = InputField.optional(FrenchFormats::parseDate);
    final ObjectProperty<GrantStatus> status = new SimpleObjectProperty<>(GrantStatus.PREPARATION);
    /** The project the grant funds; null for the association's operation as a whole. */
    final ObjectProperty<Long> project = new SimpleObjectProperty<>();
    /** null (the association as a whole) first, then each project's number; {@link #projectNames} names them. */
    final ObservableList<Long> projectChoices = FXCollections.observableArrayList(java.util.Collections
            .singletonList(null));
    final Map<Long, String> projectNames = new java.util.HashMap<>();
    final InputField<LocalDate> reportDue = InputField.optional(FrenchFormats::parseDate);
    final StringProperty reportDuePrompt = new SimpleStringProperty("");
    final InputField<LocalDate> reportSentOn = InputField.optional(FrenchFormats::parseDate);
    final ObservableList<InstalmentRow> instalments = FXCollections.observableArrayList();
    final StringProperty progress = new SimpleStringProperty("");
    final ObservableList<String> warnings = FXCollections.observableArrayList();
    final InputField<String> review = InputField.text(false);
    final InputField<String> indirectCosts = InputField.text(false);
    final InputField<String> contributions = InputField.text(false);
    /** The lines whose gap must be explained, with their explanation field; rebuilt with the year's figures. */
    final ObservableList<GapExplanation> gaps = FXCollections.observableArrayList();

    /** A line more than 15 % away from its forecast, and what the director writes about it. */
    public record GapExplanation(BudgetFollowUp.Row row, InputField<String> text) {
    }

    private final GrantService service;
    private final GrantFigures figures;
    private final GrantExports exports;
    private final ActivitySource activity;
    private final Clock clock;
    private Map<String, String> typedExplanations = new LinkedHashMap<>();

    /** Reads what the campus did in a year (for the pre-filled review). */
    public interface ActivitySource {
        YearActivity of(int year);
    }

    public GrantFormViewModel(GrantService service, GrantFigures figures, GrantExports exports,
            ActivitySource activity, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        super(tasks, dialogs, messages);
        this.service = service;
        this.figures = figures;
        this.exports = exports;
        this.activity = activity;
        this.clock = clock;
        trackChanges(List.of(funder, funderName.text(), year.text(), object.text(), requested.text(),
                awarded.text(), decisionDate.text(), conventionRef.text(), conventionSignedOn.text(), status, project,
                reportDue.text(), reportSentOn.text(), review.text(), indirectCosts.text(), contributions.text()));
        conflictFields(GrantFormFields.of(this, messages));
        instalments.addListener((ListChangeListener<InstalmentRow>) c -> {
            dirty().set(true);
            showWarnings();
        });
        year.text().addListener((o, a, y) -> {
            Checked<Integer> c = year(y == null ? "" : y);
            reportDuePrompt.set(c.isOk() && c.value() != null ? messages.get("grant.form.reportDue.default",
                    FrenchFormats.date(Grant.defaultReportDue(c.value()))) : "");
        });
        awarded.text().addListener((o, a, b) -> showWarnings());
        status.addListener((o, a, b) -> {
            awarded.problem().set(null);
            showWarnings();
        });
    }

    static Checked<Integer> year(String input) {
        String s = input == null ? "" : input.strip();
        if (s.isEmpty()) {
            return Checked.ok(null);
        }
        try {
            int y = Integer.parseInt(s);
            if (y >= 2000 && y <= 2100) {
                return Checked.ok(y);
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        return Checked.fail("grant.year.invalid", s);
    }

    @Override
    protected void fillFields(Grant g) {
        funder.set(g == null ? Funder.REGION : g.funder());
        funderName.set(g == null ? "" : g.funderName());
        year.set(String.valueOf(g == null ? LocalDate.now(clock).getYear() : g.year()));
        object.set(g == null ? "" : g.object());
        requested.set(g == null || g.requested() == null ? "" : g.requested().number());
        awarded.set(g == null || g.awarded() == null ? "" : g.awarded().number());
        decisionDate.set(g == null ? "" : FrenchFormats.date(g.decisionDate()));
        conventionRef.set(g == null ? "" : g.conventionRef());
        conventionSignedOn.set(g == null ? "" : FrenchFormats.date(g.conventionSignedOn()));
        status.set(g == null ? GrantStatus.PREPARATION : g.status());
        project.set(g == null ? null : g.projectId());
        reportDue.set(g == null ? "" : FrenchFormats.date(g.reportDueOverride()));
        reportSentOn.set(g == null ? "" : FrenchFormats.date(g.reportSentOn()));
        review.set(g == null ? "" : g.review());
        indirectCosts.set(g == null ? "" : g.indirectCosts());
        contributions.set(g == null ? "" : g.contributions());
        instalments.setAll(g == null ? List.of() : g.instalments().stream().map(InstalmentRow::new).toList());
        typedExplanations = new LinkedHashMap<>(g == null ? Map.of() : g.gapExplanations());
        gaps.clear();
        progress.set("");
        loadProjects(g);
        loadFigures(g);
        showWarnings();
    }

    /** Reads the projects a grant may fund; the one it funds stays chosen. */
    private void loadProjects(Grant g) {
        tasks.run(figures::projects, list -> {
            if (editing().get() != g) {
                return;
            }
            boolean wasDirty = dirty().get();
            Long chosen = project.get();
            projectNames.clear();
            list.forEach(p -> projectNames.put(p.id(), p.name()));
            List<Long> ids = new ArrayList<>();
            ids.add(null);
            list.forEach(p -> ids.add(p.id()));
            if (chosen != null && !projectNames.containsKey(chosen)) {
                chosen = null; // Deleted meanwhile: the grant is back with the association's operation.
            }
            projectChoices.setAll(ids);
            project.set(chosen);
            dirty().set(wasDirty);
        }, failure -> { });
    }

    /** The name a project's number stands for, or the association as a whole for null. */
    String projectName(Long id) {
        return id == null ? messages.get("grant.project.whole") : projectNames.getOrDefault(id, "n° " + id);
    }

    /** Reads what the grant received and financed, and its year's lines that need an explanation. */
    private void loadFigures(Grant g) {
        if (g == null) {
            return;
        }
        tasks.run(() -> List.of(figures.progress(g), figures.followUp(g.year(), g.projectId())), result -> {
            if (editing().get() != g) {
                return;
            }
            boolean wasDirty = dirty().get();
            GrantProgress p = (GrantProgress) result.get(0);
            BudgetFollowUp f = (BudgetFollowUp) result.get(1);
            progress.set(messages.get("grant.progress.text", p.awarded().display(), p.received().display(),
                    p.committed().display(), p.paid().display(),
                    p.spentPercent() == null ? "—" : FrenchFormats.percent(p.spentPercent())));
            gaps.setAll(f.significantGaps().stream().map(row -> {
                InputField<String> text = InputField.text(false);
                text.set(typedExplanations.getOrDefault(row.line().code(), ""));
                text.text().addListener((o, a, b) -> {
                    typedExplanations.put(row.line().code(), b);
                    dirty().set(true);
                });
                return new GapExplanation(row, text);
            }).toList());
            dirty().set(wasDirty);
        }, failure -> progress.set(messages.get("grant.progress.failed")));
    }

    /** The schedule against the amount awarded, late and partial instalments. */
    private void showWarnings() {
        List<String> out = new ArrayList<>();
        Checked<Money> a = Money.check(awarded.text().get());
        Money scheduled = Money.ZERO;
        boolean complete = true;
        for (InstalmentRow r : instalments) {
            Instalment i = r.value();
            if (i == null) {
                complete = false;
                continue;
            }
            scheduled = scheduled.plus(i.expected());
            Instalment.State s = i.state(LocalDate.now(clock));
            if (s == Instalment.State.EN_RETARD) {
                out.add(messages.get("grant.instalment.late", messages.get(i.kind().messageKey()),
                        i.expected().display(), FrenchFormats.date(i.expectedOn())));
            } else if (s == Instalment.State.PARTIEL) {
                out.add(messages.get("grant.instalment.partial", messages.get(i.kind().messageKey()),
                        i.received().display(), i.expected().display()));
            }
        }
        if (status.get().isAwarded() && a.isOk() && a.value() != null && complete
                && scheduled.cents() != a.value().cents()) {
            out.add(messages.get("grant.instalment.scheduleDiffers", scheduled.display(), a.value().display()));
        }
        warnings.setAll(out);
    }

    /** A row as {@link InstalmentRow#typed} read it. */
    InstalmentRow rowOf(List<?> typed) {
        InstalmentRow row = new InstalmentRow((Long) typed.get(0), null);
        row.kind.set((InstalmentKind) typed.get(1));
        List<InputField<?>> fields = row.fields();
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).set((String) typed.get(i + 2));
        }
        return row;
    }

    /** The explanations of the gaps as typed, by line. */
    Map<String, String> explanations() {
        return new LinkedHashMap<>(typedExplanations);
    }

    /** Puts explanations back, into the fields shown too. */
    void explain(Map<String, String> texts) {
        typedExplanations = texts;
        gaps.forEach(g -> g.text().set(texts.getOrDefault(g.row().line().code(), "")));
    }

    public void addInstalment() {
        InstalmentRow row = new InstalmentRow(null);
        if (instalments.isEmpty()) {
            row.kind.set(InstalmentKind.AVANCE);
        }
        instalments.add(row);
    }

    public void removeInstalment(InstalmentRow row) {
        instalments.remove(row);
    }

    /** Writes the year's figures into the review, for the director to complete; asks before replacing a text. */
    public void prefillReview() {
        Checked<Integer> y = year(year.text().get());
        if (!y.isOk() || y.value() == null) {
            year.check(true);
            return;
        }
        if (!review.text().get().isBlank() && !dialogs.confirm(messages.get("grant.review.prefill.title"),
                messages.get("grant.review.prefill.replace"), messages.get("grant.review.prefill.button"))) {
            return;
        }
        int chosen = y.value();
        tasks.run(() -> activity.of(chosen), a -> review.set(messages.get("grant.review.prefill.text",
                String.valueOf(a.year()), a.actions(), a.beneficiaries(), a.hours().display(), a.events(),
                a.present(), object.text().get().strip())), failure -> formProblem().set(Problem.of(
                        "grant.progress.failed")));
    }

    @Override
    public void save(Consumer<Grant> onSaved) {
        List<InputField<?>> fields = new ArrayList<>(List.of(funderName, year, object, requested, awarded,
                decisionDate, conventionRef, conventionSignedOn, reportDue, reportSentOn, review, indirectCosts,
                contributions));
        boolean ok = checkAll(fields);
        for (InstalmentRow r : instalments) {
            ok &= r.check();
        }
        if (status.get().isAwarded() && awarded.value() == null && awarded.problem().get() == null) {
            awarded.reject(Problem.of("grant.form.awarded.required"));
            ok = false;
        }
        if (!ok) {
            showFixFields();
            return;
        }
        Grant current = editing().get();
        Map<String, String> explanations = new LinkedHashMap<>();
        typedExplanations.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                explanations.put(code, text.strip());
            }
        });
        Grant g = new Grant(current == null ? null : current.id(), funder.get(), funderName.value(), year.value(),
                object.value(), requested.value(), awarded.value(), decisionDate.value(), conventionRef.value(),
                conventionSignedOn.value(), status.get(), reportDue.value(), reportSentOn.value(),
                instalments.stream().map(InstalmentRow::value).toList(), review.value(), indirectCosts.value(),
                contributions.value(), explanations, current == null ? null : current.updatedAt(), project.get());
        saveInBackground(() -> Checked.ok(service.save(g, current)), onSaved, formProblem()::set);
    }

    /** The grant as saved, or null once the user is told to save it first (a document shows what is stored). */
    private Grant savedOrSay(String title) {
        Grant g = editing().get();
        if (g == null || dirty().get()) {
            dialogs.info(title, messages.get("grant.export.saveFirst"));
            return null;
        }
        return g;
    }

    /** The file name proposed for a grant's document, without the characters a file name may not hold. */
    private String fileName(String key, Grant g, String extension) {
        return safeFileName(messages.get(key, String.valueOf(g.year()), g.funderName()) + "." + extension);
    }

    /** A name without the characters a file name may not hold (a funder's or a project's name may have them). */
    static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "-");
    }

    /** Writes the compte rendu financier of the grant as saved; unsaved changes must be saved first. */
    public void export(Format format) {
        String title = messages.get("grant.export.title");
        Grant g = savedOrSay(title);
        if (g == null) {
            return;
        }
        String name = fileName("grant.export.fileName", g, format.extension());
        // What is missing is said before the file is chosen: the director may rather go and write it.
        tasks.run(() -> exports.missing(exports.financialReport(g.id()).orElseThrow()), missing -> {
            if (BudgetViewModel.confirmMissing(title, missing, dialogs, messages)) {
                dialogs.chooseFileToSave(title, name).ifPresent(path -> BudgetViewModel.written(
                        path, target -> exports.writeFinancialReport(exports.financialReport(g.id()).orElseThrow(),
                                format, target), tasks, dialogs, messages));
            }
        }, failure -> dialogs.error(title, messages.get("grant.export.readFailed")));
    }

    /**
     * « Dossier de justification (zip)… »: the compte rendu, the list of the grant's expenses and income, and their
     * pièces; what the compte rendu lacks and the entries without a pièce are said before the file is chosen.
     */
    public void exportPack() {
        String title = messages.get("grant.pack.title");
        Grant g = savedOrSay(title);
        if (g == null) {
            return;
        }
        String name = fileName("grant.pack.fileName", g, "zip");
        JustificationPack pack = new JustificationPack(service, exports, messages);
        tasks.run(() -> {
            java.util.List<String> missing = new java.util.ArrayList<>(exports.missing(exports.financialReport(
                    g.id()).orElseThrow()));
            JustificationPack.Count count = pack.count(g.id());
            if (count.entries() == 0) {
                missing.add(messages.get("grant.pack.noEntry"));
            } else if (count.withoutAttachment() > 0) {
                missing.add(messages.get("grant.pack.withoutAttachment", count.withoutAttachment(), count.entries()));
            }
            return missing;
        }, missing -> {
            if (BudgetViewModel.confirmMissing(title, missing, dialogs, messages)) {
                dialogs.chooseFileToSave(title, name).ifPresent(path -> BudgetViewModel.written(path,
                        target -> pack.write(exports.financialReport(g.id()).orElseThrow(), target), tasks, dialogs,
                        messages));
            }
        }, failure -> dialogs.error(title, messages.get("grant.export.readFailed")));
    }

    @Override
    public void delete(Runnable onDeleted) {
        Grant g = editing().get();
        if (g == null || !dialogs.confirm(messages.get("grant.delete.title"), messages.get("grant.delete.message",
                g.label()), messages.get("grant.delete.button"))) {
            return;
        }
        deleteInBackground(() -> {
            service.delete(g);
            return Optional.empty();
        }, messages.get("grant.delete.title"), onDeleted);
    }

    @Override
    protected String[] discardQuestion(Grant g) {
        return new String[] {messages.get("grant.discard.title"),
            g == null ? messages.get("grant.discard.messageNew") : messages.get("grant.discard.message", g.label()),
            messages.get("grant.discard.button")};
    }
}
