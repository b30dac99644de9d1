package org.campuspilot.event;

import static org.campuspilot.document.RecordTable.name;
import static org.campuspilot.document.RecordTable.str;

import java.util.List;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.RecordTable;
import org.campuspilot.ui.Messages;

/** The events as a table: what « Exporter », {@code export csv} and the Région workbook write. */
public final class EventTable {
    private EventTable() {
    }

    public static DocumentModel.Table of(Messages messages, List<Event> list) {
        return new RecordTable<Event>(messages::get)
                .cell("export.col.startDate", 2, e -> Cell.date(e.timing().startDate()))
                .text("export.col.startTime", 1.5f, e -> e.timing().allDay() ? "" : str(e.timing().startTime()))
                .cell("export.col.endDate", 2, e -> Cell.date(e.timing().endDate()))
                .text("export.col.endTime", 1.5f, e -> e.timing().allDay() ? "" : str(e.timing().endTime()))
                .text("export.col.title", 6, Event::title)
                .text("export.col.type", 3, e -> messages.get(e.type().messageKey()))
                .text("export.col.status", 2, e -> messages.get(e.status().messageKey()))
                .text("export.col.place", 4, Event::placeText)
                .text("export.col.organiser", 4, e -> name(e.organiser()))
                .cell("export.col.expected", 2, e -> e.expected() == null ? Cell.text("") : Cell.count(e.expected()))
                .cell("export.col.present", 2, e -> Cell.count(e.totalPresent()))
                .cell("export.col.establishmentsPresent", 2, e -> Cell.count((int) e.count(
                        org.campuspilot.shared.Organisation.Kind.ESTABLISHMENT, Presence.PRESENT)))
                .cell("export.col.companiesPresent", 2, e -> Cell.count((int) e.count(
                        org.campuspilot.shared.Organisation.Kind.COMPANY, Presence.PRESENT)))
                .build("export.list.events", list);
    }
}
