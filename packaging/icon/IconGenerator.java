import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws campus-pilot.svg's design as PNGs of the usual sizes (no SVG rasteriser is available on the build machine).
 * Run: java packaging/icon/IconGenerator.java OUTPUT_DIR
 */
public class IconGenerator {
    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "packaging/icon");
        out.mkdirs();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File(out, "campus-pilot-" + size + ".png"));
        }
        // Windows: an ICO holding PNG images (allowed since Vista) of 16 to 256 px.
        writeIco(new File(out, "campus-pilot.ico"), new int[] {16, 32, 48, 64, 128, 256});
        // macOS: an ICNS holding PNG images: ic07 (128), ic08 (256), ic09 (512), ic10 (1024, retina 512).
        writeIcns(new File(out, "campus-pilot.icns"), new String[] {"ic07", "ic08", "ic09", "ic10"},
                new int[] {128, 256, 512, 1024});
    }

    static byte[] png(int size) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    static void writeIco(File file, int[] sizes) throws java.io.IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(6 + 16 * sizes.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            header.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        try (java.io.FileOutputStream o = new java.io.FileOutputStream(file)) {
            o.write(header.array());
            for (byte[] image : images) {
                o.write(image);
            }
        }
    }

    static void writeIcns(File file, String[] types, int[] sizes) throws java.io.IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            body.write(types[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.write(java.nio.ByteBuffer.allocate(4).putInt(8 + image.length).array());
            body.write(image);
        }
        try (java.io.FileOutputStream o = new java.io.FileOutputStream(file)) {
            o.write("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            o.write(java.nio.ByteBuffer.allocate(4).putInt(8 + body.size()).array());
            o.write(body.toByteArray());
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setColor(new Color(0x1f5fbf));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 96, 96));
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke(6));
        g.draw(new Ellipse2D.Double(44, 44, 168, 168));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(128, 128, 128, 56));
        g.draw(new Line2D.Double(128, 128, 196, 150));
        g.draw(new Line2D.Double(128, 128, 70, 182));
        g.draw(new Line2D.Double(128, 56, 196, 150));
        g.setColor(new Color(0xffc83d));
        g.fill(new Ellipse2D.Double(102, 102, 52, 52));
        g.setColor(Color.WHITE);
        for (double[] c : new double[][] {{128, 56}, {196, 150}, {70, 182}}) {
            g.fill(new Ellipse2D.Double(c[0] - 16, c[1] - 16, 32, 32));
        }
        g.dispose();
        return img;
    }
}
