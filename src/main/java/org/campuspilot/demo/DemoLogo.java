package org.campuspilot.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** The demo campus's logo, drawn here (no file to ship): a cog-like badge and the campus's initials. */
final class DemoLogo {
    private DemoLogo() {
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(640, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x1F4E79), 240, 240, new Color(0x2E86C1)));
        g.fill(new RoundRectangle2D.Double(10, 10, 220, 220, 48, 48));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14));
        g.drawOval(60, 60, 120, 120);
        for (int i = 0; i < 8; i++) {
            double a = Math.PI * i / 4;
            g.fillRect((int) (120 + 78 * Math.cos(a)) - 11, (int) (120 + 78 * Math.sin(a)) - 11, 22, 22);
        }
        Font initials = new Font(Font.SANS_SERIF, Font.BOLD, 30);
        g.setFont(initials);
        int w = g.getFontMetrics().stringWidth("CMQ");
        g.drawString("CMQ", 120 - w / 2, 131);
        g.setColor(new Color(0x1F4E79));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 46));
        g.drawString("Industrie", 262, 104);
        g.drawString("du futur", 262, 156);
        g.setColor(new Color(0x5D6D7E));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        g.drawString("Haute-Bretagne", 264, 198);
        g.dispose();
        return org.campuspilot.shared.Png.of(image);
    }
}
