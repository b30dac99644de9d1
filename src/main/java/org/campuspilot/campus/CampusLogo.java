package org.campuspilot.campus;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.campuspilot.shared.Checked;

/**
 * The campus's logo, as the identity keeps it: the name of the file it came from and a PNG at most 800 pixels wide or
 * tall (a phone photo of the logo does not weigh on every document), with its size in pixels.
 */
public record CampusLogo(String fileName, byte[] png, int width, int height) {
    /** The largest image file read; a logo is far smaller. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The longest side kept, in pixels. */
    public static final int MAX_SIDE = 800;

    /** A logo already kept: its PNG as stored. */
    public static CampusLogo of(String fileName, byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return new CampusLogo(fileName, png, image == null ? 0 : image.getWidth(),
                    image == null ? 0 : image.getHeight());
        } catch (IOException e) {
            return new CampusLogo(fileName, png, 0, 0);
        }
    }

    /** The image at {@code path} made a logo, or why it cannot be one (missing, too big, not an image). */
    public static Checked<CampusLogo> read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            return Checked.fail("campus.logo.missing", path.toString());
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return Checked.fail("campus.logo.tooBig", name, MAX_BYTES / (1024 * 1024));
            }
            BufferedImage image = ImageIO.read(path.toFile());
            if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
                return Checked.fail("campus.logo.notAnImage", name);
            }
            BufferedImage kept = scaled(image);
            return Checked.ok(new CampusLogo(name, org.campuspilot.shared.Png.of(kept), kept.getWidth(),
                    kept.getHeight()));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // A damaged or truncated image: ImageIO throws what it finds.
            return Checked.fail("campus.logo.notAnImage", name);
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double k = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * k));
        int nh = Math.max(1, (int) Math.round(h * k));
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, nw, nh, null);
        g.dispose();
        return out;
    }
}
