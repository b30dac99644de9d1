package org.campuspilot.establishment;

import static org.campuspilot.document.RecordTable.str;

import java.util.List;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.RecordTable;
import org.campuspilot.ui.Messages;

/** The establishments as a table: what « Exporter », {@code export csv} and the Région workbook write. */
public final class EstablishmentTable {
    private EstablishmentTable() {
    }

    public static DocumentModel.Table of(Messages messages, List<Establishment> list) {
        return new RecordTable<Establishment>(messages::get)
                .text("export.col.uai", 2, e -> e.uai().code())
                .text("export.col.name", 6, Establishment::name)
                .text("export.col.kind", 3, e -> messages.get(e.kind().messageKey()))
                .text("export.col.ownership", 2, e -> messages.get(e.ownership().messageKey()))
                .text("export.col.role", 2, e -> messages.get(e.role().messageKey()))
                .text("export.col.siret", 3, e -> e.siret() == null ? "" : e.siret().code())
                .text("export.col.street", 4, Establishment::street)
                .text("export.col.postalCode", 2, e -> str(e.postalCode()))
                .text("export.col.city", 3, Establishment::city)
                .text("export.col.phone", 3, e -> str(e.phone()))
                .text("export.col.email", 4, e -> str(e.email()))
                .text("export.col.website", 4, Establishment::website)
                .cell("export.col.memberSince", 2, e -> Cell.date(e.memberSince()))
                .cell("export.col.memberUntil", 2, e -> Cell.date(e.memberUntil()))
                .cell("export.col.conventionSigned", 2, e -> Cell.date(e.conventionSignedOn()))
                .build("export.list.establishments", list);
    }
}
