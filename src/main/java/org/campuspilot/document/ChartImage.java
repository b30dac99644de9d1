package org.campuspilot.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.campuspilot.shared.FrenchFormats;

/**
 * Draws a {@link DocumentModel.Chart} as a PNG with Java2D: grouped vertical bars with their value above, the
 * category below, a legend for the series. The same picture goes into the PDF and the ODT; no chart library is
 * needed for bars (decision 0014). The font is the DejaVu the PDF embeds, so the picture looks the same everywhere.
 */
public final class ChartImage {
    /** Pixels of the picture; documents show it 16 cm wide. */
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 640;
    /** White kept at the picture's left edge, before the axis labels. */
    static final int MARGIN = 20;
    private static final Color[] SERIES = {new Color(0x2F, 0x6F, 0xB3), new Color(0xB8, 0xC4, 0xD2),
        new Color(0xE0, 0x8A, 0x2E)};
    private static final Color TEXT = new Color(0x22, 0x26, 0x2E);
    private static final Color GRID = new Color(0xDD, 0xE2, 0xE8);
    private static final Font BASE = loadFont();

    private ChartImage() {
    }

    private static Font loadFont() {
        try (InputStream in = ChartImage.class.getResourceAsStream("fonts/DejaVuSansCondensed.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }

    /** Every chart of a document drawn as PNG, by chart (identity): drawn off the FX thread for a preview. */
    public static java.util.Map<DocumentModel.Chart, byte[]> pngs(DocumentModel model) {
        java.util.Map<DocumentModel.Chart, byte[]> images = new java.util.IdentityHashMap<>();
        if (model != null) {
            for (DocumentModel.Block b : model.blocks()) {
                if (b instanceof DocumentModel.Chart c) {
                    images.put(c, png(c));
                }
            }
        }
        return images;
    }

    /** The chart as PNG bytes. */
    public static byte[] png(DocumentModel.Chart chart) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, chart);
        } finally {
            g.dispose();
        }
        return org.campuspilot.shared.Png.of(image);
    }

    /**
     * Draws the chart on any Java 2D surface of {@link #WIDTH} × {@link #HEIGHT}: a picture (PNG, for ODT and the
     * screen) or a PDF page, where it stays vector (sharp at any zoom).
     */
    static void draw(Graphics2D g, DocumentModel.Chart chart) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Font title = BASE.deriveFont(Font.BOLD, 34f);
        Font small = BASE.deriveFont(26f);
        g.setColor(TEXT);
        g.setFont(title);
        g.drawString(chart.title(), 20, 44);
        // legend, top right
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        int x = WIDTH - 20;
        for (int s = chart.series().size() - 1; s >= 0; s--) {
            String name = chart.series().get(s);
            x -= fm.stringWidth(name);
            g.setColor(TEXT);
            g.drawString(name, x, 44);
            x -= 34;
            g.setColor(SERIES[s % SERIES.length]);
            g.fillRect(x, 22, 24, 24);
            x -= 28;
        }
        List<DocumentModel.Bar> bars = chart.bars();
        double max = bars.stream().flatMap(b -> b.values().stream()).mapToDouble(Double::doubleValue).max()
                .orElse(0);
        double step = niceStep(max);
        double ceiling = Math.max(step, Math.ceil(max / step) * step);
        // The axis is as wide as its widest label (« 150 000 »), so no figure is cut at the picture's edge.
        int widest = 0;
        for (double v = 0; v <= ceiling + step / 2; v += step) {
            widest = Math.max(widest, fm.stringWidth(number(v)));
        }
        int left = MARGIN + widest + 12;
        int right = WIDTH - 20;
        int top = 90;
        int bottom = HEIGHT - 90;
        g.setStroke(new BasicStroke(2f));
        for (double v = 0; v <= ceiling + step / 2; v += step) {
            int y = bottom - (int) Math.round(v / ceiling * (bottom - top));
            g.setColor(GRID);
            g.drawLine(left, y, right, y);
            g.setColor(TEXT);
            String label = number(v);
            g.drawString(label, left - 12 - fm.stringWidth(label), y + 9);
        }
        if (bars.isEmpty()) {
            return;
        }
        int series = chart.series().size();
        double groupWidth = (double) (right - left) / bars.size();
        double barWidth = Math.min(90, groupWidth * 0.8 / series);
        Font valueFont = BASE.deriveFont(bars.size() > 8 ? 20f : 24f);
        for (int i = 0; i < bars.size(); i++) {
            DocumentModel.Bar bar = bars.get(i);
            double start = left + i * groupWidth + (groupWidth - barWidth * series) / 2;
            for (int s = 0; s < series && s < bar.values().size(); s++) {
                double v = bar.values().get(s);
                int h = (int) Math.round(v / ceiling * (bottom - top));
                int bx = (int) Math.round(start + s * barWidth);
                g.setColor(SERIES[s % SERIES.length]);
                g.fillRect(bx + 2, bottom - h, (int) barWidth - 4, h);
                g.setColor(TEXT);
                g.setFont(valueFont);
                String label = number(v);
                int w = g.getFontMetrics().stringWidth(label);
                g.drawString(label, bx + (int) (barWidth - w) / 2, bottom - h - 8);
            }
            g.setFont(fitting(small, bar.label(), (int) groupWidth - 6, g));
            int w = g.getFontMetrics().stringWidth(bar.label());
            g.drawString(bar.label(), (int) (left + i * groupWidth + (groupWidth - w) / 2), bottom + 40);
        }
        g.setColor(TEXT);
        g.drawLine(left, bottom, right, bottom);
    }

    private static Font fitting(Font font, String text, int width, Graphics2D g) {
        Font f = font;
        while (f.getSize2D() > 14 && g.getFontMetrics(f).stringWidth(text) > width) {
            f = f.deriveFont(f.getSize2D() - 2);
        }
        return f;
    }

    private static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return Math.max(1, m * magnitude);
            }
        }
        return Math.max(1, 10 * magnitude);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? FrenchFormats.integer((long) v) : FrenchFormats.decimal(v);
    }
}
