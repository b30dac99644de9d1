package org.campuspilot.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.Messages;

/**
 * Draws a month into a grid: the weekdays, then six weeks of days, each with up to three events (a click opens one)
 * and « + n autres » for the rest; a double-click on a day starts a new event there.
 */
final class MonthCalendarView {
    private static final PseudoClass OTHER_MONTH = PseudoClass.getPseudoClass("other-month");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    private static final int CHIPS_PER_DAY = 3;
    private final GridPane grid;
    private final Messages messages;
    private final Consumer<EventRow> onOpen;
    private final Consumer<LocalDate> onNewOn;

    MonthCalendarView(GridPane grid, Messages messages, Consumer<EventRow> onOpen, Consumer<LocalDate> onNewOn) {
        this.grid = grid;
        this.messages = messages;
        this.onOpen = onOpen;
        this.onNewOn = onNewOn;
        grid.getStyleClass().add("calendar-grid");
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(cc);
            Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, messages.locale()));
            name.getStyleClass().add("calendar-weekday");
            grid.add(name, c, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < 6; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
    }

    /** « Novembre 2026 ». */
    String title(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, messages.locale());
        return name.substring(0, 1).toUpperCase(messages.locale()) + name.substring(1) + " " + month.getYear();
    }

    /** Draws the month with these events, today outlined. */
    void draw(YearMonth month, List<EventRow> rows, LocalDate today) {
        grid.getChildren().removeIf(n -> n.getStyleClass().contains("calendar-day"));
        List<LocalDate> days = new CalendarMonth(month).days();
        // The six weeks' events first, then each day among them: ten years of events are looked at once, not 42 times.
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        List<EventRow> shown = rows.stream().filter(r -> r.event().timing().touches(first, last)).toList();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            VBox cell = new VBox(2);
            cell.getStyleClass().add("calendar-day");
            cell.setId("day_" + day);
            cell.pseudoClassStateChanged(OTHER_MONTH, !YearMonth.from(day).equals(month));
            cell.pseudoClassStateChanged(TODAY, day.equals(today));
            Label number = new Label(String.valueOf(day.getDayOfMonth()));
            number.getStyleClass().add("calendar-day-number");
            cell.getChildren().add(number);
            List<EventRow> on = CalendarMonth.on(day, shown);
            for (int k = 0; k < Math.min(CHIPS_PER_DAY, on.size()); k++) {
                cell.getChildren().add(chip(on.get(k), day));
            }
            if (on.size() > CHIPS_PER_DAY) {
                Label more = new Label(messages.get("event.calendar.more", on.size() - CHIPS_PER_DAY));
                more.getStyleClass().add("text-muted");
                cell.getChildren().add(more);
            }
            cell.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && e.getTarget() == cell) {
                    onNewOn.accept(day);
                }
            });
            grid.add(cell, i % 7, 1 + i / 7);
        }
    }

    private Label chip(EventRow row, LocalDate day) {
        Event e = row.event();
        String time = e.timing().allDay() || !day.equals(e.timing().startDate()) ? ""
                : FrenchFormats.time(e.timing().startTime()) + " ";
        Label chip = new Label(time + e.title());
        chip.setId("chip_" + e.id() + "_" + day);
        chip.getStyleClass().addAll("event-chip", "event-" + e.status().name().toLowerCase(Locale.ROOT));
        if (row.toComplete()) {
            chip.getStyleClass().add("event-to-complete");
        }
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setTooltip(new Tooltip(time + e.title()));
        chip.setOnMouseClicked(m -> onOpen.accept(row));
        return chip;
    }
}
