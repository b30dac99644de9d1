package org.campuspilot.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.campuspilot.grant.FinanceEntry;
import org.campuspilot.shared.FrenchFormats;

/** The demo's pièces justificatives: a one-page invoice for an expense, as a supplier would send it (fictitious). */
final class DemoInvoices {
    /* PDF's standard Helvetica, not embedded: a 2 KB invoice (French letters are in its WinAnsi encoding). */
    private static final int REGULAR = Font.HELVETICA;

    private DemoInvoices() {
    }

    /** The invoice of an expense, numbered {@code number}. */
    static byte[] invoice(FinanceEntry e, String number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Facture " + number);
            doc.open();
            doc.add(new Paragraph(e.party(), new Font(REGULAR, 18, Font.BOLD)));
            doc.add(new Paragraph("Facture n° " + number + " du " + FrenchFormats.date(e.date()),
                    new Font(REGULAR, 12)));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Client : Campus Industrie du futur Haute-Bretagne (association)",
                    new Font(REGULAR, 11)));
            doc.add(new Paragraph("Objet : " + e.description(), new Font(REGULAR, 11)));
            doc.add(new Paragraph("Montant TTC : " + e.amount().display(), new Font(REGULAR, 12, Font.BOLD)));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Document fictif du campus de démonstration de Campus Pilot.",
                    new Font(REGULAR, 9)));
            doc.close();
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toByteArray();
    }
}
