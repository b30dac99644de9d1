package org.campuspilot.grant;

import java.util.List;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.RecordTable;
import org.campuspilot.ui.Messages;

/** The grants, and the expenses and income, as tables: what « Exporter », {@code export csv} and the Région workbook write. */
public final class GrantTable {
    private GrantTable() {
    }

    public static DocumentModel.Table grants(Messages messages, List<Grant> list) {
        return new RecordTable<Grant>(messages::get)
                .text("export.col.funder", 3, g -> messages.get(g.funder().messageKey()))
                .text("export.col.funderName", 4, Grant::funderName)
                .cell("export.col.year", 1.5f, g -> new Cell(String.valueOf(g.year()), g.year()))
                .text("export.col.object", 5, Grant::object)
                .text("export.col.status", 2, g -> messages.get(g.status().messageKey()))
                .cell("export.col.requested", 2.5f, g -> Cell.money(g.requested()))
                .cell("export.col.awarded", 2.5f, g -> Cell.money(g.awarded()))
                .cell("export.col.received", 2.5f, g -> Cell.money(g.received()))
                .cell("export.col.decisionDate", 2, g -> Cell.date(g.decisionDate()))
                .text("export.col.conventionRef", 3, Grant::conventionRef)
                .cell("export.col.reportDue", 2, g -> Cell.date(g.reportDue()))
                .cell("export.col.reportSent", 2, g -> Cell.date(g.reportSentOn()))
                .build("export.list.grants", list);
    }

    public static DocumentModel.Table expenses(Messages messages, List<FinanceEntry> list) {
        return new RecordTable<FinanceEntry>(messages::get)
                .cell("export.col.date", 2, f -> Cell.date(f.date()))
                .text("export.col.entryKind", 2, f -> messages.get(f.kind().messageKey()))
                .text("export.col.party", 4, FinanceEntry::party)
                .text("export.col.description", 6, FinanceEntry::description)
                .cell("export.col.amount", 2.5f, f -> Cell.money(f.amount()))
                .text("export.col.line", 1.5f, FinanceEntry::lineCode)
                .text("export.col.status", 2, f -> messages.get(f.status().messageKey(f.kind())))
                .cell("export.col.paidOn", 2, f -> Cell.date(f.paidOn()))
                .text("export.col.reference", 3, FinanceEntry::reference)
                .text("export.col.action", 4, FinanceEntry::actionTitle)
                .text("export.col.event", 4, FinanceEntry::eventTitle)
                .text("export.col.grant", 4, FinanceEntry::grantLabel)
                .build("export.list.expenses", list);
    }
}
