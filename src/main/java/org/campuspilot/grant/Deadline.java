package org.campuspilot.grant;

import java.time.LocalDate;
import org.campuspilot.shared.Money;

/**
 * Something the director must see coming: an instalment not received yet, or a compte rendu financier not sent.
 *
 * @param amount the instalment's expected amount; null for a report
 * @param late true when the day has passed
 */
public record Deadline(LocalDate date, Kind kind, long grantId, String grantLabel, Money amount, boolean late) {

    public enum Kind {
        INSTALMENT,
        REPORT
    }
}
