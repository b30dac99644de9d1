package org.campuspilot.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.campuspilot.grant.BudgetLine;
import org.campuspilot.grant.EntryKind;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.EntryStatus;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;

/** A spreadsheet row of expenses or income, with the expense form's rules (line by kind, paid with its date). */
final class EntrySheet implements SheetTypes.SheetType<FinanceEntry> {
    private final EntryRepository repository;
    private final Clock clock;
    private final List<SheetField<FinanceEntry>> fields;

    EntrySheet(EntryRepository repository, Clock clock, Messages messages) {
        this.repository = repository;
        this.clock = clock;
        this.fields = List.of(
                SheetField.of("party", FinanceEntry::party),
                SheetField.of("description", FinanceEntry::description),
                SheetField.of("line", FinanceEntry::lineCode),
                // Without a status, a payment date says the entry is paid.
                SheetField.of("status", f -> messages.get(f.status().messageKey(f.kind())), "paidOn"),
                SheetField.of("paidOn", f -> f.paidOn() == null ? null : FrenchFormats.date(f.paidOn())),
                SheetField.of("reference", FinanceEntry::reference));
    }

    @Override
    public FinanceEntry read(SheetRow row) {
        EntryKind kind = row.choice("kind", EntryKind.class, EntryKind::messageKey);
        String k = row.text("kind") == null ? "" : SheetKind.normalise(row.text("kind"));
        if (kind == null && (k.equals("recette") || k.equals("produit") || k.equals("income"))) {
            kind = EntryKind.INCOME;
        } else if (kind == null && (k.isEmpty() || k.equals("depense") || k.equals("charge"))) {
            kind = EntryKind.EXPENSE;
        }
        LocalDate date = row.requiredChecked("date", FrenchFormats::parseDate);
        String party = row.required("party");
        String description = row.required("description");
        Money amount = row.requiredChecked("amount", FinanceEntry::checkAmount);
        String lineText = row.required("line");
        EntryKind entryKind = kind == null ? EntryKind.EXPENSE : kind;
        BudgetLine line = null;
        if (lineText != null) {
            // « CI » and « 74-REGION » as written; « 623 Publicité » by its number.
            String code = lineText.toUpperCase(Locale.ROOT).replaceAll("\\s", "").replace('_', '-');
            line = BudgetLine.of(code).or(() -> BudgetLine.of(code.replaceFirst("\\D*$", "")))
                    .filter(entryKind::accepts).orElse(null);
            if (line == null) {
                row.fail("line", Problem.of("import.sheet.entry.line", lineText,
                        Problem.of(entryKind.messageKey())));
            }
        }
        LocalDate paidOn = row.checked("paidOn", FrenchFormats::parseDate);
        EntryStatus status = null;
        String statusText = row.text("status");
        if (statusText != null) {
            String s = SheetKind.normalise(statusText);
            status = s.startsWith("pay") || s.startsWith("paid") || s.startsWith("encaiss") || s.startsWith("recu")
                    || s.startsWith("received") ? EntryStatus.PAYEE
                    : s.startsWith("engag") || s.startsWith("committed") || s.startsWith("attendu")
                            || s.startsWith("expected") ? EntryStatus.ENGAGEE : null;
            if (status == null) {
                row.fail("status", Problem.of("import.sheet.entry.status", statusText));
            }
        }
        if (!row.ok()) {
            return null;
        }
        if (status == null) {
            status = paidOn == null ? EntryStatus.ENGAGEE : EntryStatus.PAYEE;
        }
        Problem unpaid = paymentProblem(entryKind, status, paidOn);
        if (unpaid != null) {
            row.fail(unpaid);
            return null;
        }
        return new FinanceEntry(null, entryKind, date, party, description, amount, line.code(), status, paidOn,
                row.text("reference"), null, null, null, null, null, null, null, null);
    }

    /** Paid with its date, or neither: the expense form's rule. */
    private static Problem paymentProblem(EntryKind kind, EntryStatus status, LocalDate paidOn) {
        if (status == EntryStatus.PAYEE && paidOn == null) {
            return Problem.of(kind == EntryKind.EXPENSE ? "grant.entry.paidOn.required"
                    : "grant.entry.receivedOn.required");
        }
        if (status == EntryStatus.ENGAGEE && paidOn != null) {
            return Problem.of(kind == EntryKind.EXPENSE ? "grant.entry.paidOn.notPaid"
                    : "grant.entry.receivedOn.notReceived");
        }
        return null;
    }

    @Override
    public String key(FinanceEntry f) {
        return f.kind() + "|" + f.date() + "|" + f.amount().cents() + "|" + NameKey.of(f.party()) + "|"
                + NameKey.of(f.description());
    }

    @Override
    public String label(FinanceEntry f) {
        return FrenchFormats.date(f.date()) + " — " + f.party() + " — " + f.amount().display();
    }

    @Override
    public List<FinanceEntry> stored() {
        return repository.findAll();
    }

    @Override
    public long id(FinanceEntry f) {
        return f.id();
    }

    @Override
    public Optional<FinanceEntry> find(long id) {
        return repository.findById(id);
    }

    @Override
    public void insert(FinanceEntry f) {
        repository.save(f, Instant.now(clock));
    }

    @Override
    public List<SheetField<FinanceEntry>> fields() {
        return fields;
    }

    @Override
    public Problem check(FinanceEntry stored, FinanceEntry read, Set<String> fields) {
        FinanceEntry merged = merge(stored, read, fields);
        return paymentProblem(merged.kind(), merged.status(), merged.paidOn());
    }

    @Override
    public FinanceEntry merge(FinanceEntry s, FinanceEntry r, Set<String> f) {
        return new FinanceEntry(s.id(), s.kind(), s.date(),
                f.contains("party") ? r.party() : s.party(),
                f.contains("description") ? r.description() : s.description(),
                s.amount(),
                f.contains("line") ? r.lineCode() : s.lineCode(),
                f.contains("status") ? r.status() : s.status(),
                f.contains("paidOn") ? r.paidOn() : s.paidOn(),
                f.contains("reference") ? r.reference() : s.reference(),
                s.document(), s.actionId(), s.actionTitle(), s.eventId(), s.eventTitle(), s.grantId(),
                s.grantLabel(), s.updatedAt());
    }

    @Override
    public void update(FinanceEntry f) {
        repository.save(f, Instant.now(clock));
    }
}
