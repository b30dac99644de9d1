package org.campuspilot.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.campuspilot.grant.BudgetLine;
import org.campuspilot.grant.EntryKind;
import org.campuspilot.grant.EntryRepository;
import org.campuspilot.grant.EntryStatus;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Money;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Problem;

/** A spreadsheet row of expenses or income, with the expense form's rules (line by kind, paid with its date). */
final class EntrySheet implements SheetTypes.SheetType<FinanceEntry> {
    private final EntryRepository repository;
    private final Clock clock;

    EntrySheet(EntryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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
        if (status == EntryStatus.PAYEE && paidOn == null) {
            row.fail(Problem.of(entryKind == EntryKind.EXPENSE ? "grant.entry.paidOn.required"
                    : "grant.entry.receivedOn.required"));
            return null;
        }
        if (status == EntryStatus.ENGAGEE && paidOn != null) {
            row.fail(Problem.of(entryKind == EntryKind.EXPENSE ? "grant.entry.paidOn.notPaid"
                    : "grant.entry.receivedOn.notReceived"));
            return null;
        }
        return new FinanceEntry(null, entryKind, date, party, description, amount, line.code(), status, paidOn,
                row.text("reference"), null, null, null, null, null, null, null, null);
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
    public Map<String, String> existing() {
        Map<String, String> out = new HashMap<>();
        repository.findAll().forEach(f -> out.put(key(f), label(f)));
        return out;
    }

    @Override
    public void insert(FinanceEntry f) {
        repository.save(f, Instant.now(clock));
    }
}
