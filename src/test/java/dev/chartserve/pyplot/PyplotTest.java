package dev.chartserve.pyplot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Histogram;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

class PyplotTest {
  @AfterEach
  void nothingIsLeftBehind() {
    Pyplot.close("all");
    assertTrue(Pyplot.scope().figures().isEmpty());
    Pyplot.reset();
  }

  @Test
  void theFirstCallMakesAFigureAndAxesOfTheDefaultSize() {
    Axes ax = Pyplot.gca();
    Figure fig = Pyplot.gcf();
    assertSame(fig, ax.figure());
    assertEquals(640, fig.pixelWidth());
    assertEquals(480, fig.pixelHeight());
    assertEquals(List.of(ax), fig.axes());
  }

  @Test
  void drawingCallsActOnTheCurrentAxesUntilANewFigureIsMade() {
    Pyplot.plot(new double[] {1, 2, 3});
    Axes first = Pyplot.gca();
    Pyplot.title("first");
    Figure second = Pyplot.figure(3, 2, 50);
    assertSame(second, Pyplot.gcf());
    Pyplot.title("second");
    assertEquals("first", first.title());
    assertEquals("second", Pyplot.gca().title());
    assertNotSame(first, Pyplot.gca());
  }

  @Test
  void twinxMakesTheTwinCurrentSoTheNextCallsDrawOnIt() {
    Axes ax = Pyplot.gca();
    Pyplot.bar(List.of("a", "b"), new double[] {1, 2});
    Axes twin = Pyplot.twinx();
    assertSame(twin, Pyplot.gca());
    Pyplot.step(new double[] {0, 1}, new double[] {5, 6}, "post");
    assertEquals(List.of(ax, twin), Pyplot.gcf().axes());
    assertEquals(4.95, twin.yLim()[0], 1e-9);
    assertEquals(0, ax.yLim()[0], 0);
  }

  @Test
  void closeMakesThePreviouslyCurrentFigureCurrentAgain() {
    Figure a = Pyplot.figure();
    Figure b = Pyplot.figure();
    Pyplot.close();
    assertTrue(b.isClosed());
    assertFalse(a.isClosed());
    assertSame(a, Pyplot.gcf());
  }

  @Test
  void makingAFigureCurrentAgainMovesItToTheTop() {
    Figure a = Pyplot.figure();
    Figure b = Pyplot.figure();
    assertSame(a, Pyplot.figure(a));
    Pyplot.close();
    assertTrue(a.isClosed());
    assertSame(b, Pyplot.gcf());
  }

  @Test
  void closeOfAFigureClosesThatOneOnly() {
    Figure a = Pyplot.figure();
    Figure b = Pyplot.figure();
    Pyplot.close(a);
    assertTrue(a.isClosed());
    assertFalse(b.isClosed());
    assertSame(b, Pyplot.gcf());
  }

  @Test
  void closeAllClosesEveryFigureAndTheNextCallStartsAFreshOne() {
    Figure a = Pyplot.figure();
    Figure b = Pyplot.figure();
    Pyplot.close("all");
    assertTrue(a.isClosed());
    assertTrue(b.isClosed());
    Figure c = Pyplot.gcf();
    assertFalse(c.isClosed());
    assertNotSame(b, c);
  }

  @Test
  void closeWithoutAFigureDoesNothing() {
    Pyplot.close();
    assertTrue(Pyplot.scope().figures().isEmpty());
  }

  @Test
  void closeOfAnythingButAllIsRefusedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pyplot.close("some"));
    assertEquals("close takes \"all\" or a figure, was \"some\"", e.getMessage());
  }

  @Test
  void aFigureClosedDirectlyIsNoLongerCurrent() {
    Figure a = Pyplot.figure();
    Figure b = Pyplot.figure();
    b.close();
    assertSame(a, Pyplot.gcf());
  }

  @Test
  void subplotsMakesANewFigureWithAGridAndTheLastAxesCurrent() {
    Figure before = Pyplot.gcf();
    List<Axes> axes = Pyplot.subplots(2, 3);
    assertEquals(6, axes.size());
    Figure fig = Pyplot.gcf();
    assertNotSame(before, fig);
    assertEquals(axes, fig.axes());
    assertSame(axes.get(5), Pyplot.gca());
  }

  @Test
  void subplotsWithABadGridIsRefusedAndLeavesNoFigure() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pyplot.subplots(0, 2));
    assertEquals("rows must be >= 1, was 0", e.getMessage());
    assertTrue(Pyplot.scope().figures().isEmpty());
  }

  @Test
  void subplotAddsToTheCurrentFigure() {
    Figure fig = Pyplot.figure();
    Axes right = Pyplot.subplot(1, 2, 2);
    assertSame(fig, right.figure());
    assertSame(right, Pyplot.gca());
  }

  @Test
  void histReturnsLivePatches() {
    Histogram h = Pyplot.hist(new double[] {1, 2, 2, 3, 3, 3}, 3);
    assertArrayEquals(new double[] {1, 2, 3}, h.counts());
    h.patches().get(1).setFaceColor("red");
    assertEquals(java.awt.Color.RED, h.patches().get(1).faceColor());
  }

  @Test
  void clfEmptiesTheCurrentFigureAndKeepsItsSize() {
    Figure fig = Pyplot.figure(3, 2, 50);
    Pyplot.plot(new double[] {1, 2});
    Pyplot.figlegend(List.of(), List.of(), "lower left");
    assertSame(fig, Pyplot.clf());
    assertTrue(fig.axes().isEmpty());
    assertEquals(150, fig.pixelWidth());
    assertArrayEquals(Renderer.render(new Figure(3, 2, 50), ImageFormat.PNG),
        Renderer.render(fig, ImageFormat.PNG), "a cleared figure draws as a new one");
  }

  @Test
  void savefigWritesFigsizeTimesDpiPixels() throws Exception {
    Pyplot.figure(3, 2, 50);
    Pyplot.plot(new double[] {0, 1}, new double[] {1, 0});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Pyplot.savefig(out, ImageFormat.PNG);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(150, img.getWidth());
    assertEquals(100, img.getHeight());
  }

  @Test
  void savefigToAPathTakesTheFormatFromTheExtension(@TempDir Path dir) throws Exception {
    Pyplot.figure(3, 2, 200);
    Pyplot.scatter(new double[] {0, 1}, new double[] {1, 0});
    Pyplot.savefig(dir.resolve("chart.svg"));
    Pyplot.savefig(dir.resolve("chart.JPEG"));
    String svg = Files.readString(dir.resolve("chart.svg"), StandardCharsets.UTF_8);
    assertTrue(svg.contains("width=\"216pt\""), svg.substring(0, Math.min(400, svg.length())));
    BufferedImage jpg = ImageIO.read(dir.resolve("chart.JPEG").toFile());
    assertEquals(600, jpg.getWidth());
    assertEquals(400, jpg.getHeight());
  }

  @Test
  void savefigToAPathWithoutAKnownExtensionIsRefusedNamingTheFile(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pyplot.savefig(dir.resolve("chart.gif")));
    assertEquals("savefig cannot tell the image format of chart.gif: name it .png, .jpg, .jpeg, .svg or .pdf",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Pyplot.savefig(dir.resolve("chart")));
    assertEquals("savefig cannot tell the image format of chart: name it .png, .jpg, .jpeg, .svg or .pdf",
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("chart.gif")));
  }

  @Test
  void labelsAndLegendGoToTheCurrentAxes() {
    Pyplot.plot(new double[] {1, 2}).setLabel("a");
    Pyplot.xlabel("x");
    Pyplot.ylabel("y");
    assertSame(Pyplot.gca(), Pyplot.legend("upper left"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pyplot.legend("nowhere"));
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  @Test
  void imshowAndContourDrawOnTheCurrentAxes() {
    double[][] z = {{0, 1, 2}, {1, 2, 3}, {2, 3, 4}};
    Pyplot.imshow(z);
    Pyplot.contour(z, dev.chartserve.figure.ContourOptions.defaults().withLevels(3));
    assertEquals(1, Pyplot.gcf().axes().size(), "one axes holds the image and its contours");
    assertTrue(Renderer.render(Pyplot.gcf(), ImageFormat.PNG).length > 0);
  }
}
