package org.campuspilot.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts' pictures, decoded and looked at pixel by pixel. */
class ChartImageTest {

    private static BufferedImage draw(double... values) throws Exception {
        List<DocumentModel.Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            bars.add(new DocumentModel.Bar("Barre " + i, List.of(values[i], values[i] / 2)));
        }
        byte[] png = ChartImage.png(new DocumentModel.Chart("Budget 2026", List.of("2026", "2025"), bars, "€"));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The leftmost column, below the title, where anything but white is drawn. */
    private static int firstInkedColumn(BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 70; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return x;
                }
            }
        }
        return -1;
    }

    @Test
    void theAxisLabelsOfAHundredThousandsChartAreWholeInsideThePicture() throws Exception {
        BufferedImage image = draw(142_000, 127_690.98, 103_476.07, 115_000, 60_000);
        assertEquals(ChartImage.WIDTH, image.getWidth());
        // « 150 000 », the top label, used to start left of the picture and read « 50 000 ».
        assertTrue(firstInkedColumn(image) >= ChartImage.MARGIN, "white left margin kept: first ink at column "
                + firstInkedColumn(image));
    }

    @Test
    void smallCountsKeepTheirAxisCloseToTheEdge() throws Exception {
        BufferedImage image = draw(3, 8, 1);
        int first = firstInkedColumn(image);
        assertTrue(first >= ChartImage.MARGIN && first < ChartImage.MARGIN + 40, "first ink at column " + first);
    }
}
