package org.campuspilot.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The package of an OpenDocument file (ODT, ODS), as the format requires it: the {@code mimetype} first, stored. */
final class OpenDocumentZip {
    private OpenDocumentZip() {
    }

    /** A ZIP on {@code out} whose first entry is the uncompressed {@code mimetype}, as readers check. */
    static ZipOutputStream start(OutputStream out, String mimetype) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry m = new ZipEntry("mimetype");
        m.setMethod(ZipEntry.STORED);
        m.setSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        m.setCrc(crc.getValue());
        zip.putNextEntry(m);
        zip.write(mime);
        zip.closeEntry();
        return zip;
    }

    /** One XML part of the package. */
    static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
