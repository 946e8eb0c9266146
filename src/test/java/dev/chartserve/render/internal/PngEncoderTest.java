package dev.chartserve.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.demo.SeedBar;
import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.demo.SeedHist;
import dev.chartserve.demo.SeedLine;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.HeadlessAwt;
import dev.chartserve.render.ImageFormat;

@ExtendWith(HeadlessAwt.class)
class PngEncoderTest {
  /** matplotlib 3.6's files of the seed charts, in the shared anchors beside the repository. */
  private static final Path REFERENCE = Path.of("..", "shared", "anchors", "seed-charts", "reference");

  @Test
  void randomOpaqueImagesOfAwkwardSizesComeBackExactlyAsRgb() {
    SplittableRandom random = new SplittableRandom(1);
    int[][] sizes = {{1, 1}, {1, 7}, {7, 1}, {2, 2}, {3, 5}, {17, 3}, {333, 7}, {86, 4}, {87, 4}, {258, 2}};
    for (int[] size : sizes) {
      BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
      fill(image, random, 0.5);
      PngFile png = roundTrip(image);
      assertEquals(2, png.colourType, "RGB for an opaque image");
    }
  }

  @Test
  void imagesWithAlphaKeepItExactly() {
    SplittableRandom random = new SplittableRandom(2);
    for (int width : new int[] {1, 5, 64, 129}) {
      BufferedImage image = new BufferedImage(width, 9, BufferedImage.TYPE_INT_ARGB);
      int[] data = pixels(image);
      for (int i = 0; i < data.length; i++) {
        data[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(); // transparent runs and any alpha
      }
      assertEquals(6, roundTrip(image).colourType, "RGBA when some pixel is not opaque");
    }
  }

  @Test
  void anArgbImageThatIsOpaqueEverywhereIsWrittenAsRgb() {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
    fill(image, new SplittableRandom(3), 0.9);
    int[] data = pixels(image);
    for (int i = 0; i < data.length; i++) {
      data[i] |= 0xFF00_0000;
    }
    assertEquals(2, roundTrip(image).colourType);
    data[data.length - 1] &= 0xFEFF_FFFF; // one pixel a little transparent, the very last one
    assertEquals(6, roundTrip(image).colourType);
  }

  @Test
  void theUnusedHighByteOfRgbPixelsIsIgnored() {
    BufferedImage image = new BufferedImage(30, 4, BufferedImage.TYPE_INT_RGB);
    fill(image, new SplittableRandom(4), 0.7);
    int[] data = pixels(image);
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < data.length; i++) {
      data[i] = (data[i] & 0xFF_FFFF) | random.nextInt(256) << 24; // what Java2D may leave there
    }
    roundTrip(image);
  }

  @Test
  void hugeFlatImagesCompressToAlmostNothing() {
    BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
    java.util.Arrays.fill(pixels(image), 0x00FF_FFFF);
    byte[] bytes = encode(image);
    roundTrip(image, bytes);
    assertTrue(bytes.length < 36_000_000 / 400, "12 Mpx of white in " + bytes.length + " B");
  }

  @Test
  void rowsWiderThanTheDeflateWindowStillWork() {
    BufferedImage image = new BufferedImage(12_000, 3, BufferedImage.TYPE_INT_ARGB); // 48,001 B per row
    fill(image, new SplittableRandom(6), 0.8);
    pixels(image)[5] = 0x1234_5678;
    roundTrip(image);
  }

  @Test
  void drawnShapesTextAndGradientsUseEveryKindOfMatch() {
    BufferedImage image = new BufferedImage(611, 401, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 611, 401);
      for (int x = 0; x < 300; x++) {
        g.setColor(new Color(x * 255 / 300, 100, 255 - x * 255 / 300));
        g.drawLine(x, 200, x + 100, 400); // a slanted gradient: matches one row up and a pixel over
      }
      g.setColor(Color.BLACK);
      for (int i = 0; i < 12; i++) {
        g.drawString("0.5 1.0 1.5 2.0", 320, 20 + 14 * i); // text repeated at several distances
        g.drawLine(320, 200 + 15 * i, 600, 230 + 13 * i);
      }
      g.setColor(new Color(31, 119, 180));
      g.fillRect(330, 250, 40, 140);
    } finally {
      g.dispose();
    }
    byte[] bytes = encode(image);
    PngFile png = roundTrip(image, bytes);
    assertTrue(bytes.length < 611 * 401 * 3 / 10, "a chart-like image compresses at least 10:1: " + bytes.length);
    assertTrue(java.util.Arrays.stream(png.filters).distinct().count() >= 2, "rows get different filters");
  }

  @ParameterizedTest
  @ValueSource(ints = {PngEncoder.NONE, PngEncoder.SUB, PngEncoder.UP, PngEncoder.AVERAGE, PngEncoder.PAETH})
  void everyFilterTypeRoundTrips(int filter) throws IOException {
    for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
      BufferedImage image = new BufferedImage(53, 21, type);
      fill(image, new SplittableRandom(filter), 0.6);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PngEncoder.encode(image, 0, out, filter);
      PngFile png = roundTrip(image, out.toByteArray());
      for (int y = 1; y < png.height; y++) {
        assertEquals(filter, png.filters[y], "row " + y);
      }
    }
  }

  @Test
  void aRowThatAddsAFlatShapeToTheRowAboveIsFilteredUp() {
    int width = 400;
    int[] rows = new int[2 * width];
    for (int x = 0; x < width; x++) {
      // Bars on white with black ticks between them; edges at odd x, where the chooser samples.
      boolean bar = x % 40 >= 9 && x % 40 < 29;
      rows[x] = bar ? 0x1F77B4 : x % 40 == 33 ? 0 : 0xFFFFFF;
      rows[width + x] = x >= 201 && x < 261 ? 0xFF7F0E : rows[x]; // a new flat shape over some of them
    }
    assertEquals(PngEncoder.UP, PngEncoder.chooseFilter(rows, width, 0, width, 0x00FF_FFFF));
  }

  @Test
  void aRowOfAGradientUnderAnotherIsFilteredNone() {
    int width = 400;
    int[] rows = new int[2 * width];
    for (int x = 0; x < width; x++) {
      rows[x] = (x / 2) << 16 | 40 << 8 | 200 - x / 4;
      rows[width + x] = (x / 2) << 16 | 41 << 8 | 200 - x / 4;
    }
    assertEquals(PngEncoder.NONE, PngEncoder.chooseFilter(rows, width, 0, width, 0x00FF_FFFF));
    assertEquals(PngEncoder.SUB, PngEncoder.chooseFilter(rows, 0, -1, width, 0x00FF_FFFF));
  }

  @Test
  void noisyImagesSpanningSeveralDeflateBlocksComeBackExactly() {
    BufferedImage image = new BufferedImage(301, 299, BufferedImage.TYPE_INT_ARGB); // > 16 Ki tokens a block
    fill(image, new SplittableRandom(7), 0.05);
    roundTrip(image);
  }

  @Test
  void otherImageTypesAreEncodedAsTheirArgbValues() {
    SplittableRandom random = new SplittableRandom(8);
    for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_ARGB_PRE,
        BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_USHORT_565_RGB}) {
      BufferedImage image = new BufferedImage(23, 11, type);
      for (int y = 0; y < 11; y++) {
        for (int x = 0; x < 23; x++) {
          image.setRGB(x, y, random.nextInt(3) == 0 ? 0xFF00_8040 : random.nextInt());
        }
      }
      roundTrip(image);
    }
  }

  @Test
  void aSubimageIsReadFromItsOwnCornerOfTheSharedBuffer() {
    BufferedImage whole = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
    fill(whole, new SplittableRandom(9), 0.5);
    roundTrip(whole.getSubimage(7, 5, 31, 22));
  }

  @Test
  void sameImageGivesTheSameBytesOnAnyThread() {
    BufferedImage image = seedImages().get(0);
    byte[] first = encode(image);
    List<CompletableFuture<byte[]>> others = List.of(
        CompletableFuture.supplyAsync(() -> encode(image)), CompletableFuture.supplyAsync(() -> encode(image)));
    assertArrayEquals(first, encode(image));
    for (CompletableFuture<byte[]> other : others) {
      assertArrayEquals(first, other.join());
    }
  }

  @Test
  void dpiGoesIntoPhysAndTheChunksComeInOrder() throws IOException {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.encode(image, 150, out);
    PngFile png = PngFile.read(out.toByteArray());
    assertEquals(List.of("IHDR", "pHYs", "IDAT", "IEND"), png.chunkTypes());
    byte[] phys = png.chunk("pHYs").data();
    assertEquals(5906, PngFile.getInt(phys, 0), "150 dpi in pixels per metre");
    assertEquals(5906, PngFile.getInt(phys, 4));
    assertEquals(1, phys[8], "unit: metre");
    ByteArrayOutputStream embedded = new ByteArrayOutputStream();
    PngEncoder.encode(image, embedded);
    assertEquals(List.of("IHDR", "IDAT", "IEND"), PngFile.read(embedded.toByteArray()).chunkTypes());
  }

  @Test
  void theSeedChartsRoundTripAndAreNoLargerThanMatplotlibs() throws IOException {
    String[] names = {"seed-hist", "seed-line", "seed-heatmap", "seed-bar"};
    List<BufferedImage> images = seedImages();
    for (int i = 0; i < names.length; i++) {
      byte[] bytes = encode(images.get(i));
      roundTrip(images.get(i), bytes);
      assertArrayEquals(bytes, encode(images.get(i)), names[i] + ": same pixels, same bytes");
      Path theirs = REFERENCE.resolve(names[i] + ".png");
      assumeTrue(Files.exists(theirs), "no reference at " + theirs.toAbsolutePath());
      assertTrue(bytes.length <= Files.size(theirs),
          names[i] + ": " + bytes.length + " B, matplotlib " + Files.size(theirs) + " B");
    }
  }

  private static List<BufferedImage> seedImages() {
    return List.of(draw("seed-hist", new SeedHist()), draw("seed-line", new SeedLine()),
        draw("seed-heatmap", new SeedHeatmap()), draw("seed-bar", new SeedBar()));
  }

  private static BufferedImage draw(String name, ChartProducer producer) {
    try (Figure figure = new Figure()) {
      producer.draw(figure, new ChartRequest(name, ImageFormat.PNG));
      return Raster.draw(figure);
    } catch (Exception e) {
      throw new AssertionError(name + " did not draw", e);
    }
  }

  /** Random pixels with runs: each pixel repeats its left or upper neighbour with probability {@code runs}. */
  private static void fill(BufferedImage image, SplittableRandom random, double runs) {
    int w = image.getWidth();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < w; x++) {
        int argb;
        if (random.nextDouble() < runs && (x > 0 || y > 0)) {
          argb = x > 0 && (y == 0 || random.nextBoolean()) ? image.getRGB(x - 1, y) : image.getRGB(x, y - 1);
        } else {
          argb = random.nextInt();
        }
        image.setRGB(x, y, argb);
      }
    }
  }

  private static int[] pixels(BufferedImage image) {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }

  private static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PngEncoder.encode(image, 100, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static PngFile roundTrip(BufferedImage image) {
    return roundTrip(image, encode(image));
  }

  /** Decodes {@code bytes} twice, by {@link PngFile} and by ImageIO, and compares both with the image. */
  private static PngFile roundTrip(BufferedImage image, byte[] bytes) {
    PngFile png = PngFile.read(bytes);
    int w = image.getWidth();
    int h = image.getHeight();
    assertEquals(w, png.width);
    assertEquals(h, png.height);
    BufferedImage decoded;
    try {
      decoded = ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertNotNull(decoded, "ImageIO reads it");
    boolean alpha = png.colourType == 6;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int expected = image.getRGB(x, y);
        if (!alpha) {
          assertEquals(0xFF, expected >>> 24, "RGB written for a pixel with alpha at " + x + "," + y);
        }
        if (png.argb[y * w + x] != expected || decoded.getRGB(x, y) != expected) {
          throw new AssertionError(String.format("pixel %d,%d of %dx%d: expected %08x, ours %08x, ImageIO %08x",
              x, y, w, h, expected, png.argb[y * w + x], decoded.getRGB(x, y)));
        }
      }
    }
    return png;
  }
}
