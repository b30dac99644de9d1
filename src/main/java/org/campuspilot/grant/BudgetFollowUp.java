package org.campuspilot.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuspilot.shared.Money;

/**
 * The budget of a financial year line by line: forecast (the budget prévisionnel), committed (expenses engagées or
 * paid, income expected or received, grants awarded), paid (expenses paid, income and instalments received), what
 * remains and the share executed. The committed amounts are the year's actual figures (the « réalisation » of the
 * compte rendu financier). Group lines add up their sub-lines.
 */
public record BudgetFollowUp(int year, List<Row> rows, BudgetTotals forecastTotals, BudgetTotals actualTotals,
        BudgetTotals paidTotals) {

    /** A gap larger than this share of the forecast must be explained in the compte rendu's annex. */
    public static final int SIGNIFICANT_GAP_PERCENT = 15;

    /** One line: its three amounts and what follows from them. */
    public record Row(BudgetLine line, Money forecast, Money committed, Money paid) {

        public Money remaining() {
            return forecast.minus(committed);
        }

        /** Committed as a share of the forecast, in per cent to one decimal; null without a forecast. */
        public Double executed() {
            return committed.percentOf(forecast);
        }

        /** Actual minus forecast. */
        public Money gap() {
            return committed.minus(forecast);
        }

        public Double gapPercent() {
            return gap().percentOf(forecast);
        }

        /** A charge line that committed more than its forecast. */
        public boolean overspent() {
            return line.side() == BudgetLine.Side.CHARGE && committed.compareTo(forecast) > 0;
        }

        /** More than 15 % away from the forecast (exactly, in cents), or an amount without any forecast. */
        public boolean significantGap() {
            long gap = Math.abs(gap().cents());
            if (forecast.cents() == 0) {
                return gap != 0;
            }
            return gap * 100 > SIGNIFICANT_GAP_PERCENT * forecast.cents();
        }

        /** A group line or a line that stands alone (printed bold in the tables). */
        public boolean parentless() {
            return line.parent() == null;
        }

        public boolean isGroup() {
            return !line.takesAmounts();
        }

        public boolean isEmpty() {
            return forecast.cents() == 0 && committed.cents() == 0 && paid.cents() == 0;
        }
    }

    /**
     * @param forecast the budget prévisionnel, by code of a line that takes amounts
     * @param committed the actual amounts, by code
     * @param paid the amounts paid or received, by code
     */
    public static BudgetFollowUp of(int year, Map<String, Money> forecast, Map<String, Money> committed,
            Map<String, Money> paid) {
        List<Row> rows = new ArrayList<>();
        for (BudgetLine line : BudgetLine.ALL) {
            rows.add(new Row(line, BudgetTotals.lineTotal(line, forecast), BudgetTotals.lineTotal(line, committed),
                    BudgetTotals.lineTotal(line, paid)));
        }
        return new BudgetFollowUp(year, List.copyOf(rows), BudgetTotals.of(forecast), BudgetTotals.of(committed),
                BudgetTotals.of(paid));
    }

    public Row row(String code) {
        return rows.stream().filter(r -> r.line().code().equals(code)).findFirst().orElseThrow();
    }

    /** The lines that take amounts whose actual differs from the forecast by more than 15 %. */
    public List<Row> significantGaps() {
        return rows.stream().filter(r -> !r.isGroup() && r.significantGap()).toList();
    }

    /** The charge lines that committed more than their forecast. */
    public List<Row> overspent() {
        return rows.stream().filter(r -> !r.isGroup() && r.overspent()).toList();
    }

    /** The rows of one side of the table, in the forms' order. */
    public List<Row> side(BudgetLine.Side side) {
        return rows.stream().filter(r -> r.line().side() == side).toList();
    }
}
