package dev.chartserve.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.junit.jupiter.api.Test;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;
import dev.chartserve.render.internal.Raster;

/** seed-bar's tooltips and links: one per bar, where the bar is drawn, and the image unchanged by them. */
class SeedBarLinksTest {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** seed-bar as it was before it declared tooltips and links. */
  static final class SeedBarWithoutLinks implements ChartProducer {
    @Override
    public void draw(Figure figure, ChartRequest request) {
      figure.setSizeInches(8, 6).setDpi(100);
      Axes ax = figure.addSubplot();
      double[] x = new double[SeedBar.SALES.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = i;
      }
      ax.bar(x, SeedBar.SALES.clone());
      ax.setTitle("Sales");
    }
  }

  private static byte[] render(ChartProducer producer, ImageFormat format, double scale) throws Exception {
    try (Figure figure = new Figure()) {
      producer.draw(figure, new ChartRequest("seed-bar", format));
      figure.setDpi(figure.dpi() * scale);
      return Renderer.render(figure, format);
    }
  }

  @Test
  void tooltipsAndLinksLeaveTheImageByteIdenticalInEveryFormat() throws Exception {
    for (ImageFormat format : ImageFormat.values()) {
      assertArrayEquals(render(new SeedBarWithoutLinks(), format, 1), render(new SeedBar(), format, 1),
          format.toString());
    }
  }

  @Test
  void collectingTheEntitiesDrawsTheSamePixels() {
    try (Figure figure = new Figure()) {
      new SeedBar().draw(figure, new ChartRequest("seed-bar", ImageFormat.PNG));
      BufferedImage plain = Raster.draw(figure);
      BufferedImage mapped = new BufferedImage(plain.getWidth(), plain.getHeight(), plain.getType());
      Graphics2D g = mapped.createGraphics();
      figure.draw(g, new StandardEntityCollection());
      g.dispose();
      BufferedImage again = new BufferedImage(plain.getWidth(), plain.getHeight(), plain.getType());
      Graphics2D g2 = again.createGraphics();
      figure.draw(g2);
      g2.dispose();
      assertArrayEquals(again.getRGB(0, 0, 800, 600, null, 0, 800), mapped.getRGB(0, 0, 800, 600, null, 0, 800));
    }
  }

  @Test
  void eachBarHasOneRectangleWithItsCategoryValueAndLinkOverItsOwnPixels() throws Exception {
    for (double scale : new double[] {1, 2}) {
      try (Figure figure = new Figure()) {
        new SeedBar().draw(figure, new ChartRequest("seed-bar", ImageFormat.PNG));
        figure.setDpi(100 * scale);
        BufferedImage image = Raster.draw(figure);
        List<ChartEntity> entities = entities(figure);
        assertEquals(12, entities.size(), "one per bar");
        for (int i = 0; i < 12; i++) {
          ChartEntity e = entities.get(i);
          String value = Long.toString((long) SeedBar.SALES[i]);
          assertEquals("Bar " + i + ": " + value + " sales", e.getToolTipText());
          assertEquals("map.jsp?bar=" + i, e.getURLText());
          Rectangle box = e.getArea().getBounds();
          // 12 bars of 0.8 over 12.6 units of 620 px: ~39 px wide; height 31 ↔ 0.77 × 600 = 462 px for 0..32.55
          assertEquals(39 * scale, box.width, 2 * scale, "bar " + i + " width");
          assertEquals(SeedBar.SALES[i] * 462 / 32.55 * scale, box.height, 4 * scale, "bar " + i + " height");
          int c0 = 0x1f77b4;
          assertEquals(c0, image.getRGB((int) box.getCenterX(), (int) box.getCenterY()) & 0xffffff, "inside bar " + i);
          assertTrue((image.getRGB(box.x + box.width + 3, box.y + 1) & 0xffffff) != c0 || i == 11,
              "just right of bar " + i + " is not the bar");
        }
      }
    }
  }

  @Test
  void aTightFigureReportsAreasInItsTrimmedPixels() throws Exception {
    try (Figure figure = new Figure()) {
      new SeedBar().draw(figure, new ChartRequest("seed-bar", ImageFormat.PNG));
      figure.setTightBbox(true);
      BufferedImage image = Raster.draw(figure);
      for (ChartEntity e : entities(figure)) {
        Rectangle box = e.getArea().getBounds();
        assertEquals(0x1f77b4, image.getRGB((int) box.getCenterX(), (int) box.getCenterY()) & 0xffffff,
            e.getToolTipText());
      }
    }
  }

  private static List<ChartEntity> entities(Figure figure) {
    StandardEntityCollection collected = new StandardEntityCollection();
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = scratch.createGraphics();
    figure.draw(g, collected);
    g.dispose();
    List<ChartEntity> list = new ArrayList<>();
    for (Object o : collected.getEntities()) {
      list.add((ChartEntity) o);
    }
    return list;
  }
}
