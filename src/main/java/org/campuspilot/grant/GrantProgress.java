package org.campuspilot.grant;

import org.campuspilot.shared.Money;

/** A grant awarded, received and spent: what its instalments brought and the expenses it finances. */
public record GrantProgress(Money awarded, Money received, Money committed, Money paid) {

    /** Committed expenses as a share of the awarded amount. */
    public Double spentPercent() {
        return committed.percentOf(awarded);
    }
}
