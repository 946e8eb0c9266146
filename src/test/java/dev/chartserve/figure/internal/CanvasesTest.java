package dev.chartserve.figure.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanvasesTest {
  @BeforeEach
  @AfterEach
  void startEmpty() {
    Canvases.clear();
  }

  @Test
  void aRecycledArrayComesBackClearedForTheNextCanvas() {
    BufferedImage first = Canvases.blank(800, 600, BufferedImage.TYPE_INT_ARGB);
    fill(first, Color.RED);
    Canvases.recycle(first);
    assertEquals(1, Canvases.kept());

    BufferedImage second = Canvases.blank(800, 600, BufferedImage.TYPE_INT_ARGB);

    assertSame(pixels(first), pixels(second));
    assertEquals(0, Canvases.kept());
    for (int p : pixels(second)) {
      if (p != 0) {
        throw new AssertionError("pixel not cleared: " + Integer.toHexString(p));
      }
    }
  }

  @Test
  void canvasesDrawLikeNewImagesOfTheSameType() {
    for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
      BufferedImage used = Canvases.blank(700, 500, type);
      fill(used, Color.BLUE);
      Canvases.recycle(used);

      BufferedImage canvas = Canvases.blank(700, 500, type);
      BufferedImage fresh = new BufferedImage(700, 500, type);
      draw(canvas);
      draw(fresh);

      assertEquals(type, canvas.getType());
      assertEquals(fresh.getColorModel(), canvas.getColorModel());
      assertArrayEquals(fresh.getRGB(0, 0, 700, 500, null, 0, 700), canvas.getRGB(0, 0, 700, 500, null, 0, 700));
    }
  }

  @Test
  void aSmallerCanvasReusesALargerArrayButNotOneMoreThanTwiceItsSize() {
    BufferedImage large = Canvases.blank(1000, 1000, BufferedImage.TYPE_INT_RGB);
    Canvases.recycle(large);

    BufferedImage half = Canvases.blank(700, 700, BufferedImage.TYPE_INT_RGB); // 490,000 px of 1,000,000
    assertNotSame(pixels(large), pixels(half));
    assertEquals(1, Canvases.kept());

    BufferedImage most = Canvases.blank(800, 700, BufferedImage.TYPE_INT_RGB);
    assertSame(pixels(large), pixels(most));
    assertEquals(800, most.getWidth());
    assertEquals(700, most.getHeight());
  }

  @Test
  void smallAndHugeArraysAreNotKept() {
    Canvases.recycle(Canvases.blank(300, 200, BufferedImage.TYPE_INT_ARGB));
    Canvases.recycle(Canvases.blank(2100, 2100, BufferedImage.TYPE_INT_ARGB));
    Canvases.recycle(null);

    assertEquals(0, Canvases.kept());
  }

  @Test
  void keepsAtMostItsSlotsAndItsBudget() {
    List<BufferedImage> held = new ArrayList<>();
    for (int i = 0; i < 3 * Canvases.SLOTS; i++) {
      held.add(Canvases.blank(1000, 1000, BufferedImage.TYPE_INT_RGB)); // 4 MB each
    }
    held.forEach(Canvases::recycle);

    int kept = Canvases.kept();
    assertTrue(kept <= Canvases.SLOTS, "kept " + kept);
    assertTrue(kept * 4_000_000L <= Canvases.BUDGET_BYTES, "kept " + kept + " arrays of 4 MB");
    assertTrue(kept > 0);
  }

  @Test
  void twoHoldersNeverShareAnArray() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int mark = 0xFF00_0000 | (t + 1);
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            BufferedImage canvas = Canvases.blank(600 + (i % 3) * 50, 400, BufferedImage.TYPE_INT_ARGB);
            int[] data = pixels(canvas);
            int n = canvas.getWidth() * canvas.getHeight();
            for (int k = 0; k < n; k++) {
              if (data[k] != 0) {
                throw new AssertionError("handed out without clearing");
              }
            }
            java.util.Arrays.fill(data, 0, n, mark);
            Thread.yield();
            for (int k = 0; k < n; k += 997) {
              if (data[k] != mark) {
                throw new AssertionError("another holder wrote into this canvas");
              }
            }
            Canvases.recycle(canvas);
          }
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyIntImagesAreMade() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Canvases.blank(800, 600, BufferedImage.TYPE_3BYTE_BGR));
    assertEquals("canvas type must be TYPE_INT_RGB or TYPE_INT_ARGB, was 5", e.getMessage());
  }

  private static int[] pixels(BufferedImage image) {
    return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
  }

  private static void fill(BufferedImage image, Color color) {
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.dispose();
  }

  private static void draw(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(30, 120, 200, 160));
    g.setStroke(new BasicStroke(3.5f));
    g.draw(new Ellipse2D.Double(40, 30, 500, 380));
    g.fill(new Ellipse2D.Double(200, 100, 120, 90));
    g.dispose();
  }
}
