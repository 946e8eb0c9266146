package dev.chartserve.bench;

import java.awt.image.BufferedImage;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.demo.SeedBar;
import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.demo.SeedHist;
import dev.chartserve.demo.SeedLine;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.internal.Raster;

/** The seed charts by their demo names, and each one drawn once. */
final class SeedImages {
  static final String[] NAMES = {"seed-hist", "seed-line", "seed-heatmap", "seed-bar"};

  record Drawn(BufferedImage image, double dpi) {
  }

  private SeedImages() {
  }

  static ChartProducer producer(String chart) {
    return switch (chart) {
      case "seed-hist" -> new SeedHist();
      case "seed-line" -> new SeedLine();
      case "seed-heatmap" -> new SeedHeatmap();
      case "seed-bar" -> new SeedBar();
      default -> throw new IllegalArgumentException("unknown seed chart: " + chart);
    };
  }

  static Drawn draw(String chart) {
    try (Figure figure = new Figure()) {
      producer(chart).draw(figure, new ChartRequest(chart, ImageFormat.PNG));
      return new Drawn(Raster.draw(figure), figure.dpi());
    } catch (Exception e) {
      throw new IllegalStateException(chart + " failed to draw", e);
    }
  }
}
