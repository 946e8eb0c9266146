package dev.chartserve.figure;

import static dev.chartserve.figure.TestCharts.rgb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class PieWedgesTest {
  @Test
  void wedgesRunCounterClockwiseFromThreeOClockInTheDefaultColours() {
    Figure figure = new Figure(6, 4, 100); // wide: the circle must stay round
    PieWedges pie = figure.addSubplot().pie(new double[] {1, 1, 2},
        List.of("Frogs", "Hogs", "Dogs"), PieOptions.defaults().withAutopct("%1.1f%%"));
    assertEquals(0, pie.startAngle(0));
    assertEquals(90, pie.extent(0));
    assertEquals(90, pie.startAngle(1));
    assertEquals(180, pie.startAngle(2));
    assertEquals(180, pie.extent(2));
    assertEquals(new Color(0x2ca02c), pie.color(2));
    byte[] png = FigureImages.png(figure);
    TestCharts.save(png, "pie.png");
    BufferedImage img = TestCharts.pixels(png);
    // the axes box is the square 153.5..461.5 x 48..356 px: the pie's centre is (307.5, 202), its
    // radius 123 px
    int cx = 300;
    int cy = 200;
    int r = 60;
    assertEquals(0x1f77b4, rgb(img, cx + r, cy - r), "C0 upper right");
    assertEquals(0xff7f0e, rgb(img, cx - r, cy - r), "C1 upper left");
    assertEquals(0x2ca02c, rgb(img, cx, cy + 2 * r), "C2 below");
    assertEquals(0xffffff, rgb(img, cx + 200, cy), "round, not stretched to the wide figure");
  }

  @Test
  void startAngleAndClockwiseMoveTheWedges() {
    PieWedges pie = TestCharts.axes().pie(new double[] {1, 3}, List.of(),
        PieOptions.defaults().withStartAngle(90).withCounterclock(false));
    assertEquals(90, pie.startAngle(0));
    assertEquals(-90, pie.extent(0));
    assertEquals(0, pie.startAngle(1));
    assertEquals(-270, pie.extent(1));
  }

  @Test
  void badValuesAreNamed() {
    assertEquals("values must be finite and >= 0, was -1.0 at index 1",
        assertThrows(IllegalArgumentException.class, () -> TestCharts.axes().pie(
            new double[] {1, -1}, List.of(), PieOptions.defaults())).getMessage());
    assertEquals("labels must be one per value (2) or none, was 1",
        assertThrows(IllegalArgumentException.class, () -> TestCharts.axes().pie(
            new double[] {1, 2}, List.of("a"), PieOptions.defaults())).getMessage());
  }
}
