package org.campuspilot.grant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.shared.Checked;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FormField;
import org.campuspilot.ui.FormViewModel;
import org.campuspilot.ui.InputField;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * An expense's or income's page: date, supplier or payer, what, amount, budget line (of the kind's side), committed
 * or paid and when, the invoice's reference and scanned file, and what it paid for (an action, an event, a grant).
 */
public final class EntryFormViewModel extends FormViewModel<FinanceEntry> {
    final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(EntryKind.EXPENSE);
    final InputField<LocalDate> date = InputField.required(FrenchFormats::parseDate);
    final InputField<String> party = InputField.text(false);
    final InputField<String> description = InputField.text(true);
    final InputField<Money> amount = InputField.required(EntryFormViewModel::positive);
    final ObjectProperty<BudgetLine> line = new SimpleObjectProperty<>();
    final ObjectProperty<Problem> lineProblem = new SimpleObjectProperty<>();
    final ObservableList<BudgetLine> lineChoices = FXCollections.observableArrayList();
    final ObjectProperty<EntryStatus> status = new SimpleObjectProperty<>(EntryStatus.ENGAGEE);
    final InputField<LocalDate> paidOn = InputField.optional(FrenchFormats::parseDate);
    final InputField<String> reference = InputField.text(false);
    final InputField<String> document = InputField.text(false);
    final ObjectProperty<EntryRepository.Choice> action = new SimpleObjectProperty<>();
    final ObjectProperty<EntryRepository.Choice> event = new SimpleObjectProperty<>();
    final ObjectProperty<EntryRepository.Choice> grant = new SimpleObjectProperty<>();
    final ObservableList<EntryRepository.Choice> actionChoices = FXCollections.observableArrayList();
    final ObservableList<EntryRepository.Choice> eventChoices = FXCollections.observableArrayList();
    final ObservableList<EntryRepository.Choice> grantChoices = FXCollections.observableArrayList();
    /** The project the entry belongs to (none: the association's general operation), and for what share. */
    final ObjectProperty<EntryRepository.Choice> project = new SimpleObjectProperty<>();
    final ObservableList<EntryRepository.Choice> projectChoices = FXCollections.observableArrayList();
    final InputField<Integer> projectShare = InputField.optional(EntryFormViewModel::share);

    /** The pièce justificative kept in the campus for the entry shown (null: none), read once the form is filled. */
    final ObjectProperty<Attachment> attached = new SimpleObjectProperty<>();
    /** « Retirer » was pressed: the save takes the attachment off the entry. */
    final javafx.beans.property.BooleanProperty removingAttached = new javafx.beans.property.SimpleBooleanProperty();

    private final GrantService service;
    private final EntryRepository repository;
    private final Clock clock;

    public EntryFormViewModel(GrantService service, EntryRepository repository, TaskRunner tasks,
            DialogService dialogs, Messages messages, Clock clock) {
        super(tasks, dialogs, messages);
        this.service = service;
        this.repository = repository;
        this.clock = clock;
        trackChanges(List.of(kind, date.text(), party.text(), description.text(), amount.text(), line, status,
                paidOn.text(), reference.text(), document.text(), action, event, grant, project, projectShare.text()));
        // « Retirer » is unsaved input too; not a field of the entry's row, so not among those an edit conflict
        // compares (the link to the file is a row of its own).
        removingAttached.addListener((o, was, now) -> {
            if (now) {
                dirty().set(true);
            }
        });
        conflictFields(conflictInputs(messages));
        kind.addListener((o, a, k) -> {
            lineChoices.setAll(BudgetLine.ALL.stream().filter(k::accepts).toList());
            if (line.get() != null && !k.accepts(line.get())) {
                line.set(null);
            }
        });
        lineChoices.setAll(BudgetLine.ALL.stream().filter(EntryKind.EXPENSE::accepts).toList());
        line.addListener((o, a, b) -> lineProblem.set(null));
        status.addListener((o, a, s) -> paidOn.problem().set(null));
    }

    /** Every input the form writes, for the edit-conflict dialog (decision 0043). */
    private List<FormField> conflictInputs(Messages m) {
        return List.of(FormField.choice("grant.entry.form.kind", kind, k -> m.get(k.messageKey())),
                FormField.text("grant.entry.form.date", date),
                FormField.text("", party).labelled(x -> x.get(kind.get() == EntryKind.INCOME
                        ? "grant.entry.form.payer" : "grant.entry.form.supplier")),
                FormField.text("grant.entry.form.description", description),
                FormField.text("grant.entry.form.amount", amount),
                FormField.choice("grant.entry.form.line", line, l -> m.get(l.messageKey())),
                FormField.choice("grant.entry.form.status", status, st -> m.get(st.messageKey(kind.get()))),
                FormField.text("", paidOn).labelled(x -> x.get(kind.get() == EntryKind.INCOME
                        ? "grant.entry.form.receivedOn" : "grant.entry.form.paidOn")),
                FormField.text("grant.entry.form.reference", reference),
                FormField.text("grant.entry.form.document", document),
                FormField.choice("grant.entry.form.action", action, EntryRepository.Choice::label),
                FormField.choice("grant.entry.form.event", event, EntryRepository.Choice::label),
                FormField.choice("grant.entry.form.grant", grant, EntryRepository.Choice::label),
                FormField.choice("grant.entry.form.project", project, EntryRepository.Choice::label),
                FormField.text("grant.entry.form.projectShare", projectShare));
    }

    /** A project's share of an entry: a whole number of per cent from 1 to 100. */
    static Checked<Integer> share(String input) {
        String s = input == null ? "" : input.strip().replace("%", "").strip();
        if (s.isEmpty()) {
            return Checked.ok(null);
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= 1 && v <= 100) {
                return Checked.ok(v);
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        return Checked.fail("grant.entry.projectShare.invalid", s);
    }

    /** An amount above zero. */
    static Checked<Money> positive(String input) {
        return FinanceEntry.checkAmount(input);
    }

    /** Reads the actions, events and grants an entry may be linked to. */
    public void loadChoices() {
        tasks.run(() -> List.of(repository.actionChoices(), repository.eventChoices(), repository.grantChoices(),
                repository.projectChoices()), lists -> {
                    boolean wasDirty = dirty().get();
                    EntryRepository.Choice a = action.get();
                    EntryRepository.Choice e = event.get();
                    EntryRepository.Choice g = grant.get();
                    EntryRepository.Choice p = project.get();
                    actionChoices.setAll(withNone(lists.get(0)));
                    eventChoices.setAll(withNone(lists.get(1)));
                    grantChoices.setAll(withNone(lists.get(2)));
                    projectChoices.setAll(withNone(lists.get(3)));
                    action.set(a == null ? null : find(actionChoices, a.id(), a.label()));
                    event.set(e == null ? null : find(eventChoices, e.id(), e.label()));
                    grant.set(g == null ? null : find(grantChoices, g.id(), g.label()));
                    project.set(p == null ? null : find(projectChoices, p.id(), p.label()));
                    dirty().set(wasDirty);
                }, failure -> {
                });
    }

    private static List<EntryRepository.Choice> withNone(List<EntryRepository.Choice> choices) {
        List<EntryRepository.Choice> out = new ArrayList<>();
        out.add(null);
        out.addAll(choices);
        return out;
    }

    /** The choice with this id, or one named {@code title} when the list does not hold it (yet). */
    private static EntryRepository.Choice find(List<EntryRepository.Choice> choices, long id, String title) {
        return choices.stream().filter(c -> c != null && c.id() == id).findFirst()
                .orElse(new EntryRepository.Choice(id, title));
    }

    /** Starts a new entry of this kind, dated today. */
    public void startNew(EntryKind k) {
        fill(null);
        kind.set(k);
        dirty().set(false);
    }

    @Override
    protected void fillFields(FinanceEntry f) {
        kind.set(f == null ? EntryKind.EXPENSE : f.kind());
        date.set(FrenchFormats.date(f == null ? LocalDate.now(clock) : f.date()));
        party.set(f == null ? "" : f.party());
        description.set(f == null ? "" : f.description());
        amount.set(f == null ? "" : f.amount().number());
        line.set(f == null ? null : BudgetLine.of(f.lineCode()).orElse(null));
        status.set(f == null ? EntryStatus.ENGAGEE : f.status());
        paidOn.set(f == null ? "" : FrenchFormats.date(f.paidOn()));
        reference.set(f == null ? "" : f.reference());
        document.set(f == null ? "" : f.document());
        attached.set(null);
        removingAttached.set(false);
        if (f != null && f.id() != null) {
            long id = f.id();
            tasks.run(() -> service.attachment(id), a -> {
                FinanceEntry shown = editing().get();
                if (shown != null && shown.id() != null && shown.id() == id) {
                    attached.set(a.orElse(null));
                }
            }, failure -> attached.set(null));
        }
        action.set(f == null || f.actionId() == null ? null : find(actionChoices, f.actionId(), f.actionTitle()));
        event.set(f == null || f.eventId() == null ? null : find(eventChoices, f.eventId(), f.eventTitle()));
        grant.set(f == null || f.grantId() == null ? null : find(grantChoices, f.grantId(), f.grantLabel()));
        project.set(f == null || f.projectId() == null ? null : find(projectChoices, f.projectId(),
                f.projectName()));
        projectShare.set(f == null || f.projectId() == null || f.projectPercent() == null || f.projectPercent() == 100
                ? "" : String.valueOf(f.projectPercent()));
        lineProblem.set(null);
    }

    @Override
    public void save(Consumer<FinanceEntry> onSaved) {
        boolean ok = checkAll(List.of(date, party, description, amount, paidOn, reference, document, projectShare));
        if (project.get() == null && projectShare.value() != null && projectShare.value() != 100) {
            projectShare.reject(Problem.of("grant.entry.projectShare.noProject"));
            ok = false;
        }
        if (line.get() == null) {
            lineProblem.set(Problem.of("validation.required"));
            ok = false;
        }
        if (status.get() == EntryStatus.PAYEE && paidOn.value() == null && paidOn.problem().get() == null) {
            paidOn.reject(Problem.of(kind.get() == EntryKind.EXPENSE ? "grant.entry.paidOn.required"
                    : "grant.entry.receivedOn.required"));
            ok = false;
        }
        if (status.get() == EntryStatus.ENGAGEE && paidOn.value() != null) {
            paidOn.reject(Problem.of(kind.get() == EntryKind.EXPENSE ? "grant.entry.paidOn.notPaid"
                    : "grant.entry.receivedOn.notReceived"));
            ok = false;
        }
        String file = document.value();
        if (file != null) {
            // Checked here, at the field; the bytes are read with the save, in the background.
            Checked<Long> readable = AttachmentRepository.check(Path.of(file));
            if (!readable.isOk()) {
                document.reject(readable.problem().orElseThrow());
                ok = false;
            }
        }
        if (!ok) {
            showFixFields();
            return;
        }
        FinanceEntry current = editing().get();
        FinanceEntry f = new FinanceEntry(current == null ? null : current.id(), kind.get(), date.value(),
                party.value(), description.value(), amount.value(), line.get().code(), status.get(), paidOn.value(),
                reference.value(), null, id(action.get()), null, id(event.get()), null, id(grant.get()), null,
                current == null ? null : current.updatedAt()).withProject(id(project.get()), projectShare.value());
        boolean removing = removingAttached.get();
        saveInBackground(() -> {
            // A file named in the field is kept in the campus (its path is not: it breaks when the file moves).
            Attachment.Change change = removing ? Attachment.REMOVE : Attachment.KEEP;
            if (file != null) {
                Checked<byte[]> read = AttachmentRepository.read(Path.of(file));
                if (!read.isOk()) {
                    return Checked.fail(read.problem().orElseThrow());
                }
                change = new Attachment.Add(Path.of(file).getFileName().toString(), read.value());
            }
            return Checked.ok(service.save(f, current, change));
        }, onSaved, formProblem()::set);
    }

    private static Long id(EntryRepository.Choice c) {
        return c == null ? null : c.id();
    }

    /** The attached file, when there is one and it is still on the disk; otherwise the reason is shown. */
    public Optional<Path> documentToOpen() {
        String file = document.value();
        if (file == null) {
            return Optional.empty();
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            document.reject(Problem.of("grant.entry.document.missing", file));
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /**
     * « Ouvrir la pièce »: its bytes written to a folder of their own under the temporary folder, under the name the
     * file had, then handed to the desktop ({@code open}); a file that no program opens is said so.
     */
    public void openAttached(java.util.function.Predicate<Path> open) {
        Attachment a = attached.get();
        if (a == null) {
            return;
        }
        tasks.run(() -> {
            Path folder = Files.createTempDirectory("campus-pilot-piece-");
            Path file = folder.resolve(a.fileName());
            Files.write(file, service.attachmentContent(a));
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return file;
        }, file -> {
            if (!open.test(file)) {
                dialogs.info(messages.get("grant.entry.form.attached.open"), messages.get(
                        "grant.entry.document.noViewer", file.toString()));
            }
        }, failure -> dialogs.error(messages.get("grant.entry.form.attached.open"), messages.get(
                "grant.entry.attached.openFailed", a.fileName())));
    }

    @Override
    public void delete(Runnable onDeleted) {
        FinanceEntry f = editing().get();
        if (f == null || !dialogs.confirm(messages.get("grant.entry.delete.title"),
                messages.get("grant.entry.delete.message", f.description(), f.amount().display(),
                        FrenchFormats.date(f.date())), messages.get("grant.entry.delete.button"))) {
            return;
        }
        deleteInBackground(() -> {
            service.delete(f);
            return Optional.empty();
        }, messages.get("grant.entry.delete.title"), onDeleted);
    }

    @Override
    protected String[] discardQuestion(FinanceEntry f) {
        return new String[] {messages.get("grant.entry.discard.title"),
            f == null ? messages.get("grant.entry.discard.messageNew")
                    : messages.get("grant.entry.discard.message", f.description()),
            messages.get("grant.entry.discard.button")};
    }
}
