package org.campuspilot.campus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.establishment.EstablishmentRepository;
import org.campuspilot.establishment.EstablishmentService;
import org.campuspilot.report.ReportDocuments;
import org.campuspilot.report.ReportPeriod;
import org.campuspilot.shared.Checked;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campus's logo (issue 21): an image of any common kind kept in the campus, a wrong or damaged file refused at
 * the field with nothing changed, and the logo on the rapport d'activité's cover, in the PDF and the ODT.
 */
class CampusLogoTest {
    @TempDir Path dir;

    private Path image(String name, int width, int height, String format) throws Exception {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                img.setRGB(x, y, (x * 7 + y * 3) & 0xFFFFFF);
            }
        }
        Path p = dir.resolve(name);
        ImageIO.write(img, format, p.toFile());
        return p;
    }

    @Test
    void aLargeJpegIsKeptAsAPngOfAtMost800Pixels() throws Exception {
        Checked<CampusLogo> read = CampusLogo.read(image("logo.jpg", 2400, 1200, "jpg"));
        assertTrue(read.isOk());
        assertEquals(800, read.value().width());
        assertEquals(400, read.value().height());
        assertEquals("logo.jpg", read.value().fileName());
        assertNotNull(ImageIO.read(new java.io.ByteArrayInputStream(read.value().png())));
    }

    @Test
    void aFileThatIsNoImageADamagedOneAndAMissingOneAreRefusedWithASentence() throws Exception {
        Messages m = Messages.load(Messages.FRENCH);
        Path text = Files.writeString(dir.resolve("logo.png"), "pas une image");
        Checked<CampusLogo> notImage = CampusLogo.read(text);
        assertFalse(notImage.isOk());
        assertTrue(m.get(notImage.problem().orElseThrow()).contains("n'est pas une image lisible"));
        Path png = image("vrai.png", 300, 200, "png");
        byte[] bytes = Files.readAllBytes(png);
        Path cut = Files.write(dir.resolve("coupe.png"), Arrays.copyOf(bytes, bytes.length / 3));
        assertFalse(CampusLogo.read(cut).isOk(), "a truncated PNG");
        Checked<CampusLogo> missing = CampusLogo.read(dir.resolve("absent.png"));
        assertTrue(m.get(missing.problem().orElseThrow()).startsWith("Aucun fichier"));
        assertFalse(CampusLogo.read(dir).isOk(), "a folder");
    }

    @Test
    void theFormKeepsTheLogoWithTheIdentityRefusesABadOneAndRemovesIt() throws Exception {
        Database db = TestCampus.demo(dir.resolve("demo.campuspilot"));
        CampusRepository campuses = new CampusRepository(db);
        EstablishmentRepository establishments = new EstablishmentRepository(db);
        CampusFormViewModel vm = new CampusFormViewModel(campuses, new CampusService(db, campuses,
                new EstablishmentService(db, establishments, new org.campuspilot.contact.ContactRepository(db))),
                establishments, TaskRunner.synchronous());
        vm.load();
        assertEquals("logo-campus-industrie-du-futur.png", vm.logo.get().fileName(), "the demo has one");

        byte[] before = campuses.logo().orElseThrow().png();
        vm.logoPath.text().set(Files.writeString(dir.resolve("faux.png"), "rien").toString());
        vm.save(() -> { });
        assertNotNull(vm.logoPath.problem().get(), "said at the field");
        assertArrayEquals(before, campuses.logo().orElseThrow().png(), "the logo kept is unchanged");

        Path png = image("nouveau-logo.png", 400, 100, "png");
        vm.logoPath.text().set(png.toString());
        boolean[] saved = {false};
        vm.save(() -> saved[0] = true);
        assertTrue(saved[0]);
        assertEquals("nouveau-logo.png", campuses.logo().orElseThrow().fileName());
        assertEquals(400, campuses.logo().orElseThrow().width());
        assertTrue(new Jdbc(db).count("SELECT COUNT(*) FROM audit_entry WHERE table_name = 'campus'"
                + " AND new_values LIKE '%nouveau-logo.png%'") > 0, "in the identity's history");

        vm.removeLogo();
        vm.save(() -> { });
        assertTrue(campuses.logo().isEmpty());
        assertNull(vm.logo.get());
    }

    @Test
    void theActivityReportsCoverCarriesTheLogoInThePdfAndTheOdt() throws Exception {
        Database db = TestCampus.demo(dir.resolve("demo.campuspilot"));
        ReportDocuments docs = new ReportDocuments(TestCampus.stores(db), Messages.load(Messages.FRENCH));
        Path pdf = dir.resolve("rapport.pdf");
        docs.write(docs.activityReport(ReportPeriod.civil(2026)), Format.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = doc.getPage(0).getResources();
            long images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
            assertTrue(images >= 1, "the logo on the cover (with its transparency mask)");
            for (int page = 1; page < doc.getNumberOfPages(); page++) {
                PDResources other = doc.getPage(page).getResources();
                for (COSName name : other.getXObjectNames()) {
                    assertFalse(other.isImageXObject(name), "the logo on the cover only");
                }
            }
        }
        Path odt = dir.resolve("rapport.odt");
        docs.write(docs.activityReport(ReportPeriod.civil(2026)), Format.ODT, odt);
        try (ZipFile zip = new ZipFile(odt.toFile())) {
            assertNotNull(zip.getEntry("Pictures/logo.png"));
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(content.indexOf("Pictures/logo.png") < content.indexOf("Campus Industrie du futur"),
                    "above the campus's name");
            String manifest = new String(zip.getInputStream(zip.getEntry("META-INF/manifest.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(manifest.contains("Pictures/logo.png"));
        }
    }
}
