package dev.chartserve.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.ContourOptions;
import dev.chartserve.figure.ContourSet;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.ImagePlot;
import dev.chartserve.figure.PieOptions;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/**
 * The size and SHA-256 (first 16 hex digits) of every demo chart in every format, at its own size and
 * at 320 × 240 × 2, and of a 2 × 2 grid of imshow + colorbar, contour, contourf + colorbar and pie:
 * a refactoring must leave every line the same. The demo charts are not in the plugin jar, so run it
 * with the project's classes first on the class path (BENCHMARKS.md, "One door per feature").
 */
public final class ChartHashes {
  private static final String[] DEMO = {"SeedHist", "SeedLine", "SeedHeatmap", "SeedBar", "WalkChart", "LegacyHist"};

  private ChartHashes() {
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    for (String name : DEMO) {
      ChartProducer producer = (ChartProducer) Class.forName("dev.chartserve.demo." + name)
          .getDeclaredConstructor().newInstance();
      Map<String, Object> defaults = new TreeMap<>();
      producer.parameters().forEach(p -> defaults.put(p.name(), p.defaultValue()));
      for (ImageFormat format : ImageFormat.values()) {
        print(name + "." + format.extension() + "@0", draw(producer, new ChartRequest(name, format,
            OptionalInt.empty(), OptionalInt.empty(), 1, defaults)));
        print(name + "." + format.extension() + "@320", draw(producer, new ChartRequest(name, format,
            OptionalInt.of(320), OptionalInt.of(240), 2, defaults)));
      }
    }
    for (ImageFormat format : ImageFormat.values()) {
      try (Figure figure = grid()) {
        print("grid." + format.extension(), Renderer.render(figure, format));
      }
    }
  }

  private static byte[] draw(ChartProducer producer, ChartRequest request) throws Exception {
    try (Figure figure = new Figure()) {
      producer.draw(figure, request);
      request.applySize(figure);
      return Renderer.render(figure, request.format());
    }
  }

  private static Figure grid() {
    double[][] z = new double[30][40];
    for (int j = 0; j < 30; j++) {
      for (int i = 0; i < 40; i++) {
        z[j][i] = i == 7 && j == 3 ? Double.NaN : Math.sin(i / 5.0) * Math.cos(j / 4.0);
      }
    }
    Figure figure = new Figure();
    List<Axes> axes = figure.subplots(2, 2);
    ImagePlot image = axes.get(0).imshow(z);
    axes.get(0).colorbar(image).setTitle("imshow");
    axes.get(1).contour(z, ContourOptions.defaults());
    axes.get(1).setTitle("contour");
    ContourSet bands = axes.get(2).contourf(z, ContourOptions.defaults());
    axes.get(2).colorbar(bands);
    axes.get(3).pie(new double[] {3, 2, 1}, List.of("a", "b", "c"), PieOptions.defaults());
    figure.setSuptitle("sup");
    return figure;
  }

  private static void print(String label, byte[] bytes) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
    System.out.println(label + " " + bytes.length + " " + HexFormat.of().formatHex(digest).substring(0, 16));
  }
}
