package org.campuspilot.action;

import static org.campuspilot.document.RecordTable.str;

import java.util.List;
import java.util.stream.Collectors;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.RecordTable;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.Messages;

/** The actions as a table, beneficiaries by status and by sex: what « Exporter » and {@code export csv} write. */
public final class ActionTable {
    private ActionTable() {
    }

    public static DocumentModel.Table of(Messages messages, List<Action> list) {
        return columns(messages).build(TITLE, list);
    }

    /** The list's title (message key). */
    public static final String TITLE = "export.list.actions";

    /** The columns, each with how an action fills it: for a writer that takes the actions one at a time. */
    public static RecordTable<Action> columns(Messages messages) {
        RecordTable<Action> table = new RecordTable<Action>(messages::get)
                .text("export.col.title", 6, Action::title)
                .text("export.col.type", 3, a -> messages.get(a.type().messageKey()))
                .text("export.col.schoolYear", 2, a -> a.schoolYear().toString())
                .text("export.col.levels", 3, a -> a.levels().stream().map(TrainingLevel::shortLabel)
                        .collect(Collectors.joining(", ")))
                .cell("export.col.startDate", 2, a -> Cell.date(a.startDate()))
                .cell("export.col.endDate", 2, a -> Cell.date(a.endDate()))
                .text("export.col.status", 2, a -> messages.get(a.status().messageKey()))
                .text("export.col.establishments", 5, a -> a.establishments().stream().map(Organisation::name)
                        .collect(Collectors.joining(", ")))
                .text("export.col.companies", 5, a -> a.companies().stream().map(Organisation::name)
                        .collect(Collectors.joining(", ")))
                .cell("export.col.beneficiaries", 2, a -> Cell.count(a.beneficiaries().actualTotal()));
        for (LearnerStatus s : LearnerStatus.values()) {
            table.cell(s.messageKey(), 2, a -> Cell.count(a.beneficiaries().actual(s)));
        }
        for (Sex s : Sex.values()) {
            table.cell(s.messageKey(), 2, a -> Cell.count(a.beneficiaries().actual(s)));
        }
        return table.cell("export.col.hours", 2, a -> Cell.decimal(a.hoursDelivered().hundredths() / 100.0))
                .text("export.col.country", 3, a -> a.mobility() == null ? "" : str(a.mobility().country()));
    }
}
