package org.campuspilot.contact;

import static org.campuspilot.document.RecordTable.name;
import static org.campuspilot.document.RecordTable.str;

import java.util.List;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.RecordTable;
import org.campuspilot.ui.Messages;

/** The contacts as a table: what « Exporter » and {@code export csv} write. */
public final class ContactTable {
    private ContactTable() {
    }

    public static DocumentModel.Table of(Messages messages, List<Contact> list) {
        return new RecordTable<Contact>(messages::get)
                .text("export.col.lastName", 3, Contact::lastName)
                .text("export.col.firstName", 3, Contact::firstName)
                .text("export.col.role", 3, Contact::role)
                .text("export.col.organisation", 5, c -> name(c.organisation()))
                .text("export.col.email", 4, c -> str(c.email()))
                .text("export.col.phone", 3, c -> str(c.phone()))
                .cell("export.col.lastContact", 2, c -> Cell.date(c.lastContactOn()))
                .build("export.list.contacts", list);
    }
}
