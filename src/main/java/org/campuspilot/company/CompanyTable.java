package org.campuspilot.company;

import static org.campuspilot.document.RecordTable.str;

import java.util.List;
import java.util.stream.Collectors;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.document.DocumentModel.Cell;
import org.campuspilot.document.RecordTable;
import org.campuspilot.ui.Messages;

/** The companies as a table: what « Exporter », {@code export csv} and the Région workbook write. */
public final class CompanyTable {
    private CompanyTable() {
    }

    public static DocumentModel.Table of(Messages messages, List<Company> list) {
        return new RecordTable<Company>(messages::get)
                .text("export.col.siret", 3, c -> c.number().code())
                .text("export.col.name", 6, Company::name)
                .text("export.col.naf", 2, c -> c.naf() == null ? "" : c.naf().code())
                .text("export.col.size", 2, c -> c.size() == null ? "" : messages.get(c.size().messageKey()))
                .text("export.col.activity", 5, Company::activity)
                .text("export.col.street", 4, Company::street)
                .text("export.col.postalCode", 2, c -> str(c.postalCode()))
                .text("export.col.city", 3, Company::city)
                .text("export.col.website", 4, Company::website)
                .text("export.col.partnerships", 5, c -> c.partnerships().stream()
                        .map(k -> messages.get(k.messageKey())).collect(Collectors.joining(", ")))
                .cell("export.col.conventionSigned", 2, c -> Cell.date(c.conventionSignedOn()))
                .cell("export.col.conventionEnds", 2, c -> Cell.date(c.conventionEndsOn()))
                .build("export.list.companies", list);
    }
}
