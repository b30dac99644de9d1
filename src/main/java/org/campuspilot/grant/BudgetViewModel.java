package org.campuspilot.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FileExport;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The budget of a financial year: the follow-up line by line (forecast, committed, paid, remaining, % executed,
 * overspent lines), the totals and the result; and the budget prévisionnel's editor, one field per line with the
 * totals, the balance and the 86 = 87 rule shown as the director types. The rules warn; they never change a figure.
 */
public final class BudgetViewModel {
    private final GrantFigures figures;
    private final GrantService service;
    private final GrantExports exports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    final ObservableList<Integer> years = FXCollections.observableArrayList();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    /** The association as a whole (a project without a number) first, then each analytic project. */
    final ObservableList<AnalyticProject> projects = FXCollections.observableArrayList();
    final ObjectProperty<AnalyticProject> project = new SimpleObjectProperty<>();
    private final AnalyticProject whole;
    final ObservableList<BudgetFollowUp.Row> rows = FXCollections.observableArrayList();
    final ObjectProperty<BudgetFollowUp> followUp = new SimpleObjectProperty<>();
    final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    /** True while the budget prévisionnel is being edited. */
    final BooleanProperty editing = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The editor's fields, one per line that takes amounts, in the forms' order. */
    final Map<String, InputField<Money>> fields = new LinkedHashMap<>();
    /** The editor's group totals, by group code. */
    final Map<String, StringProperty> groupTotals = new LinkedHashMap<>();
    final StringProperty editorTotals = new SimpleStringProperty("");
    final ObservableList<String> editorWarnings = FXCollections.observableArrayList();
    private boolean filling;

    public BudgetViewModel(GrantFigures figures, GrantService service, GrantExports exports, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock) {
        this.figures = figures;
        this.service = service;
        this.exports = exports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        for (BudgetLine line : BudgetLine.ALL) {
            if (line.takesAmounts()) {
                InputField<Money> f = InputField.optional(Money::check);
                f.text().addListener((o, a, b) -> {
                    if (!filling) {
                        recompute();
                    }
                });
                fields.put(line.code(), f);
            } else {
                groupTotals.put(line.code(), new SimpleStringProperty(Money.ZERO.number()));
            }
        }
        year.set(LocalDate.now(clock).getYear());
        year.addListener((o, a, y) -> {
            if (y != null && !y.equals(a)) {
                load();
            }
        });
        whole = new AnalyticProject(null, messages.get("grant.budget.project.whole"), null);
        projects.add(whole);
        project.set(whole);
        project.addListener((o, a, p) -> {
            if (p == null) {
                project.set(whole);
            } else if (a != null && !java.util.Objects.equals(a.id(), p.id())) {
                load();
            }
        });
    }

    /** The chosen project's number, null for the association as a whole. */
    Long projectId() {
        AnalyticProject p = project.get();
        return p == null ? null : p.id();
    }

    /** Reads the years and the chosen year's figures in the background. */
    public void load() {
        Integer chosen = year.get();
        Long chosenProject = projectId();
        tasks.run(() -> List.of(figures.years(), figures.followUp(chosen, chosenProject), figures.projects()),
                result -> {
            @SuppressWarnings("unchecked") List<AnalyticProject> named = (List<AnalyticProject>) result.get(2);
            List<AnalyticProject> choices = new ArrayList<>();
            choices.add(whole);
            choices.addAll(named);
            if (!choices.equals(projects)) {
                projects.setAll(choices);
            }
            if (!java.util.Objects.equals(chosenProject, projectId())) {
                return;
            }
            @SuppressWarnings("unchecked") List<Integer> stored = (List<Integer>) result.get(0);
            TreeSet<Integer> all = new TreeSet<>(stored);
            int current = LocalDate.now(clock).getYear();
            all.add(current);
            all.add(current + 1);
            all.add(chosen);
            List<Integer> list = new ArrayList<>(all.descendingSet());
            if (!list.equals(years)) {
                years.setAll(list);
            }
            if (!chosen.equals(year.get())) {
                return;
            }
            BudgetFollowUp f = (BudgetFollowUp) result.get(1);
            followUp.set(f);
            rows.setAll(f.rows().stream().filter(r -> !r.isEmpty() || r.parentless()).toList());
            problem.set(null);
        }, failure -> problem.set(Problem.of("grant.budget.loadFailed")));
    }

    /** Opens the editor on the year's forecast. */
    public void startEditing() {
        BudgetFollowUp f = followUp.get();
        if (f == null) {
            return;
        }
        filling = true;
        for (Map.Entry<String, InputField<Money>> e : fields.entrySet()) {
            Money m = f.row(e.getKey()).forecast();
            e.getValue().set(m.cents() == 0 ? "" : m.number());
        }
        filling = false;
        recompute();
        editing.set(true);
    }

    public void cancelEditing() {
        editing.set(false);
    }

    /** The amounts typed so far (fields that hold no valid amount count zero). */
    private Map<String, Money> typed() {
        Map<String, Money> out = new LinkedHashMap<>();
        fields.forEach((code, f) -> {
            Checked<Money> c = Money.check(f.text().get());
            if (c.isOk() && c.value() != null) {
                out.put(code, c.value());
            }
        });
        return out;
    }

    private void recompute() {
        Map<String, Money> amounts = typed();
        for (Map.Entry<String, StringProperty> g : groupTotals.entrySet()) {
            g.getValue().set(BudgetTotals.lineTotal(BudgetLine.of(g.getKey()).orElseThrow(), amounts).number());
        }
        BudgetTotals t = BudgetTotals.of(amounts);
        editorTotals.set(messages.get("grant.budget.editorTotals", t.charges().display(), t.produits().display(),
                t.contributionEmplois().display(), t.contributionRessources().display()));
        editorWarnings.setAll(t.warnings().stream().map(messages::get).toList());
    }

    /** Checks every field and saves the year's forecast, all lines at once; a warning does not prevent it. */
    public void save() {
        boolean ok = true;
        for (InputField<Money> f : fields.values()) {
            ok &= f.check(true);
        }
        if (!ok) {
            problem.set(Problem.of("form.error.fix"));
            return;
        }
        Map<String, Money> amounts = typed();
        int y = year.get();
        Long p = projectId();
        busy.set(true);
        tasks.run(() -> {
            if (p == null) {
                service.saveForecast(y, amounts);
            } else {
                service.saveForecast(y, p, amounts);
            }
            return null;
        }, done -> {
            busy.set(false);
            editing.set(false);
            problem.set(null);
            load();
        }, failure -> {
            busy.set(false);
            if (failure instanceof GrantService.ProjectOverBudget over) {
                fields.get(over.lineCode()).reject(Problem.of("grant.budget.project.overLine", over.whole().display(),
                        String.valueOf(y)));
                problem.set(Problem.of("form.error.fix"));
                return;
            }
            problem.set(org.campuspilot.ui.FormViewModel.failureProblem(failure, "form.error.saveFailed"));
        });
    }

    /** Asks for a new project's name and creates it, then shows its budget. */
    public void newProject() {
        askProjectName(messages.get("grant.project.new.title"), "").ifPresent(name -> tasks.run(
                () -> service.save(new AnalyticProject(null, name, null)), saved -> {
                    projects.add(saved);
                    project.set(saved);
                }, failure -> dialogs.error(messages.get("grant.project.new.title"),
                        messages.get("form.error.saveFailed"))));
    }

    /** Renames the chosen project. */
    public void renameProject() {
        AnalyticProject p = project.get();
        if (p == null || p.id() == null) {
            return;
        }
        askProjectName(messages.get("grant.project.rename.title"), p.name()).ifPresent(name -> tasks.run(
                () -> service.save(new AnalyticProject(p.id(), name, p.updatedAt())), saved -> {
                    int i = projects.indexOf(p);
                    if (i >= 0) {
                        projects.set(i, saved);
                    }
                    project.set(saved);
                }, failure -> dialogs.error(messages.get("grant.project.rename.title"),
                        messages.get("form.error.saveFailed"))));
    }

    /** A project's name as typed, asked again with the reason while it is not a valid one. */
    private java.util.Optional<String> askProjectName(String title, String initial) {
        String typed = initial;
        while (true) {
            java.util.Optional<String> answer = dialogs.askName(title, messages.get("grant.project.name.ask"), typed,
                    messages.get("grant.project.name.button"));
            if (answer.isEmpty()) {
                return answer;
            }
            Checked<String> c = AnalyticProject.checkName(answer.get());
            if (c.isOk()) {
                return java.util.Optional.of(c.value());
            }
            dialogs.error(title, messages.get(c.problem().orElseThrow()));
            typed = answer.get();
        }
    }

    /**
     * Deletes the chosen project after saying what it holds: its part of the forecasts goes with it, its grants and
     * entries go back to the association's operation.
     */
    public void deleteProject() {
        AnalyticProject p = project.get();
        if (p == null || p.id() == null) {
            return;
        }
        String title = messages.get("grant.project.delete.title");
        tasks.run(() -> service.uses(p), uses -> {
            String message = uses.none() ? messages.get("grant.project.delete.empty", p.name())
                    : messages.get("grant.project.delete.message", p.name(), uses.grants(), uses.entries(),
                            uses.forecastLines());
            if (dialogs.confirm(title, message, messages.get("grant.project.delete.button"))) {
                tasks.run(() -> {
                    service.delete(p);
                    return null;
                }, done -> {
                    projects.remove(p);
                    project.set(whole);
                }, failure -> dialogs.error(title, messages.get("form.error.saveFailed")));
            }
        }, failure -> dialogs.error(title, messages.get("grant.budget.loadFailed")));
    }

    /** True when the editor may be left (nothing typed, or the user drops it). */
    public boolean mayLeave() {
        if (!editing.get()) {
            return true;
        }
        return dialogs.confirm(messages.get("grant.budget.discard.title"), messages.get("grant.budget.discard.message",
                String.valueOf(year.get())), messages.get("grant.budget.discard.button"));
    }

    /**
     * Writes the budget prévisionnel (Cerfa 12156) of the chosen year where the director says, after saying what it
     * lacks (the association's name or SIRET) and asking to go on.
     */
    public void export(Format format) {
        int y = year.get();
        Long p = projectId();
        String name = p == null ? messages.get("grant.budget.export.fileName", String.valueOf(y))
                : GrantFormViewModel.safeFileName(messages.get("grant.budget.export.projectFileName",
                        String.valueOf(y), project.get().name()));
        String title = messages.get("grant.budget.export.title");
        tasks.run(exports::missingInBudget, missing -> {
            if (confirmMissing(title, missing, dialogs, messages)) {
                dialogs.chooseFileToSave(title, name + "." + format.extension()).ifPresent(path -> written(path,
                        target -> exports.writeBudget(y, p, format, target), tasks, dialogs, messages));
            }
        }, failure -> dialogs.error(title, messages.get("grant.export.readFailed")));
    }

    /** True when nothing is missing, or the director, told what is, chooses to export anyway. */
    static boolean confirmMissing(String title, java.util.List<String> missing, DialogService dialogs,
            Messages messages) {
        return missing.isEmpty() || dialogs.confirm(title, messages.get("grant.export.missing", String.join("\n",
                missing.stream().map(m -> "\u2022 " + m).toList())), messages.get("grant.export.anyway"));
    }

    /** How the grant's documents end: « Le fichier … est écrit », or why it could not be. */
    static void written(java.nio.file.Path path, FileExport.Writer writer, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        FileExport.write(tasks, dialogs, messages, messages.get("document.written.title"), path, writer,
                p -> messages.get("document.written", p), p -> messages.get("document.write.failed", p));
    }

    /** Summary lines above the table. */
    String summary(BudgetFollowUp f) {
        BudgetTotals fc = f.forecastTotals();
        BudgetTotals ac = f.actualTotals();
        return messages.get("grant.budget.summary", fc.charges().display(), ac.charges().display(),
                f.paidTotals().charges().display(), fc.produits().display(), ac.produits().display());
    }

    String result(BudgetFollowUp f) {
        GrantDocuments d = new GrantDocuments(messages);
        return messages.get("grant.budget.result", d.describe(f.forecastTotals().result()),
                d.describe(f.actualTotals().result()), f.overspent().size());
    }
}
