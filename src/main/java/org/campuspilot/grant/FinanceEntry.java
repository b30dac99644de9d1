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
 * @param projectId the project it belongs to, if any ({@code projectName} names it): the rest of the association's
 *     budget is its general operation
 * @param projectPercent the share of the amount the project bears, 1 to 100 (null without a project)
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
        Instant updatedAt,
        Long projectId,
        String projectName,
        Integer projectPercent) {

    /** An entry of the association's general operation, on no project. */
    public FinanceEntry(Long id, EntryKind kind, LocalDate date, String party, String description, Money amount,
            String lineCode, EntryStatus status, LocalDate paidOn, String reference, String document, Long actionId,
            String actionTitle, Long eventId, String eventTitle, Long grantId, String grantLabel, Instant updatedAt) {
        this(id, kind, date, party, description, amount, lineCode, status, paidOn, reference, document, actionId,
                actionTitle, eventId, eventTitle, grantId, grantLabel, updatedAt, null, null, null);
    }

    /** The same entry on a project for a share of its amount (or on none: {@code project} null). */
    public FinanceEntry withProject(Long project, Integer percent) {
        return new FinanceEntry(id, kind, date, party, description, amount, lineCode, status, paidOn, reference,
                document, actionId, actionTitle, eventId, eventTitle, grantId, grantLabel, updatedAt, project, null,
                project == null ? null : percent == null ? Integer.valueOf(100) : percent);
    }

    /** The part of the amount its project bears, rounded to the cent (the whole amount without a share). */
    public Money projectAmount() {
        int share = projectPercent == null ? 100 : projectPercent;
        return new Money(shareOf(amount.cents(), share));
    }

    /** {@code percent} per cent of {@code cents}, half a cent rounded up: as the database sums a project's shares. */
    public static long shareOf(long cents, int percent) {
        return (cents * percent + 50) / 100;
    }

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
                document, actionId, actionTitle, eventId, eventTitle, grantId, grantLabel, at, projectId, projectName,
                projectPercent);
    }
}
