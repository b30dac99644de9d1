package org.campuspilot.grant;

import java.time.Instant;
import java.time.LocalDate;
import org.campuspilot.shared.Money;

/**
 * An expense or other income of the campus, on one budget line.
 *
 * @param party the supplier of an expense, the payer of income
 * @param paidOn the day it was paid (or received), once it is
 * @param reference the invoice (or receipt) reference
 * @param document the path of an attached file on disk (an invoice's scan), or null
 * @param actionId the action it paid for, if any ({@code actionTitle} names it)
 * @param eventId the event it paid for, if any ({@code eventTitle} names it)
 * @param grantId the grant that finances it, if any ({@code grantLabel} names it)
 */
public record FinanceEntry(
        Long id,
        EntryKind kind,
        LocalDate date,
        String party,
        String description,
        Money amount,
        String lineCode,
        EntryStatus status,
        LocalDate paidOn,
        String reference,
        String document,
        Long actionId,
        String actionTitle,
        Long eventId,
        String eventTitle,
        Long grantId,
        String grantLabel,
        Instant updatedAt) {

    /** An entry's amount: a sum of money above zero (an empty text is no amount yet). */
    public static org.campuspilot.shared.Checked<Money> checkAmount(String input) {
        org.campuspilot.shared.Checked<Money> c = Money.check(input);
        if (c.isOk() && c.value() != null && c.value().cents() == 0) {
            return org.campuspilot.shared.Checked.fail("grant.entry.amount.zero");
        }
        return c;
    }

    public int year() {
        return date.getYear();
    }

    public FinanceEntry withId(long newId, Instant at) {
        return new FinanceEntry(newId, kind, date, party, description, amount, lineCode, status, paidOn, reference,
                document, actionId, actionTitle, eventId, eventTitle, grantId, grantLabel, at);
    }
}
