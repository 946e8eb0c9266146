package dev.chartserve.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.render.HeadlessAwt;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/**
 * Big series in SVG and PDF: the path of a line is bounded by the figure's size, not the data's, and
 * the SVG looks like the one of every point, drawn back into pixels by Batik's own renderer at twice
 * the figure's size (a HiDPI screen): 99.7 % of the pixels within {@value PixelComparison#NEAR}/255
 * (the path keeps the extremes of eighths of a figure pixel: finer would double the bytes).
 */
@ExtendWith(HeadlessAwt.class)
class BigSeriesVectorTest {
  @Test
  void aMillionPointLineIsWellUnderAMegabyteInSvgAndPdfAndTenMillionNoMore() {
    for (ImageFormat format : new ImageFormat[] {ImageFormat.SVG, ImageFormat.PDF}) {
      int million = vector(format, BigSeriesTest.walk(1_000_000, 11), false).length;
      int tenMillion = vector(format, BigSeriesTest.walk(10_000_000, 11), false).length;
      int thousand = vector(format, BigSeriesTest.walk(1_000, 11), false).length;
      System.out.printf("%s: 1,000 points %,d bytes, 1,000,000 %,d, 10,000,000 %,d%n", format,
          thousand, million, tenMillion);
      assertTrue(million < 400_000, format + " of a million points: " + million + " bytes");
      assertTrue(tenMillion < million * 1.25, format + " of ten million points: " + tenMillion
          + " bytes, a million " + million);
    }
  }

  @Test
  void theSvgOfABigWalkLooksLikeTheSvgOfEveryPoint() throws Exception {
    double[] y = BigSeriesTest.walk(BigSeriesTest.N, 12);
    byte[] drawn = vector(ImageFormat.SVG, y, false);
    byte[] every = vector(ImageFormat.SVG, y, true);
    assertTrue(drawn.length * 5 < every.length, "decimated " + drawn.length + ", every " + every.length);
    BufferedImage a = rasterize(drawn, "walk-decimated");
    BufferedImage b = rasterize(every, "walk-every");
    int near = 0;
    int pixels = a.getWidth() * a.getHeight();
    for (int py = 0; py < a.getHeight(); py++) {
      for (int px = 0; px < a.getWidth(); px++) {
        int p = a.getRGB(px, py);
        int q = b.getRGB(px, py);
        int d = 0;
        for (int shift = 0; shift < 32; shift += 8) {
          d = Math.max(d, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        near += d <= PixelComparison.NEAR ? 1 : 0;
      }
    }
    double share = (double) near / pixels;
    System.out.printf("SVG drawn by Batik at 2x: %.3f %% of pixels within %d/255%n", 100 * share,
        PixelComparison.NEAR);
    assertTrue(share >= 0.997, "within " + PixelComparison.NEAR + "/255: " + share);
  }

  private static byte[] vector(ImageFormat format, double[] y, boolean everyPoint) {
    try (Figure figure = new Figure()) {
      figure.addSubplot().plot(y).drawEveryPoint(everyPoint);
      return Renderer.render(figure, format);
    }
  }

  private static BufferedImage rasterize(byte[] svg, String name) throws TranscoderException, java.io.IOException {
    BufferedImage[] out = new BufferedImage[1];
    ImageTranscoder transcoder = new ImageTranscoder() {
      @Override
      public BufferedImage createImage(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
      }

      @Override
      public void writeImage(BufferedImage image, TranscoderOutput output) {
        out[0] = image;
      }
    };
    transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, 1280f);
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(svg)), null);
    Path dir = Path.of("target", "big-series");
    Files.createDirectories(dir);
    javax.imageio.ImageIO.write(out[0], "png", dir.resolve(name + "-svg.png").toFile());
    return out[0];
  }
}
