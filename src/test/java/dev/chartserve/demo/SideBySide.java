package dev.chartserve.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/**
 * Writes docs/seeds/seed-*.png and docs/real-charts/*.png: each seed chart, and each real-application
 * chart (from a real in-memory H2 filled as the application fills it), as ChartServe draws it, beside
 * matplotlib's reference. Run from the project root, with ../shared beside it:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.chartserve.demo.SideBySide -Dexec.classpathScope=test}
 */
public final class SideBySide {
  private SideBySide() {
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Path reference = Path.of("../shared/anchors/seed-charts/reference");
    Path out = Files.createDirectories(Path.of("docs/seeds"));
    ChartProducer[] producers = {new SeedHist(), new SeedLine(), new SeedHeatmap(), new SeedBar()};
    String[] names = {"seed-hist", "seed-line", "seed-heatmap", "seed-bar"};
    for (int i = 0; i < names.length; i++) {
      Figure figure = new Figure();
      producers[i].draw(figure, new ChartRequest(names[i], ImageFormat.PNG));
      BufferedImage ours = ImageIO.read(new ByteArrayInputStream(Renderer.render(figure, ImageFormat.PNG)));
      BufferedImage theirs = ImageIO.read(reference.resolve(names[i] + ".png").toFile());
      ImageIO.write(pair(ours, theirs), "png", out.resolve(names[i] + ".png").toFile());
      System.out.println(out.resolve(names[i] + ".png") + ": ours " + ours.getWidth() + "×" + ours.getHeight()
          + ", matplotlib " + theirs.getWidth() + "×" + theirs.getHeight());
    }
    realCharts();
  }

  private static void realCharts() throws Exception {
    Path reference = Path.of("../shared/anchors/real-charts/reference");
    Path out = Files.createDirectories(Path.of("docs/real-charts"));
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:side-by-side;DB_CLOSE_DELAY=-1");
    DemoDatabase database = new DemoDatabase();
    database.dataSource = h2;
    database.start(null);
    MetricsChart metrics = new MetricsChart();
    metrics.database = database;
    RegionsChart regions = new RegionsChart();
    regions.database = database;
    String[][] charts = {
        {"metrics-1d-los-angeles", "days=1&zone=America/Los_Angeles"},
        {"metrics-30d-utc", "days=30"},
        {"metrics-60d-berlin", "days=60&zone=Europe/Berlin"},
        {"metrics-3650d-utc", "days=3650"},
        {"regions", ""}};
    for (String[] chart : charts) {
      ChartProducer producer = chart[0].equals("regions") ? regions : metrics;
      String tail = (chart[0].equals("regions") ? "regions" : "metrics") + ".png"
          + (chart[1].isEmpty() ? "" : "?" + chart[1]);
      ChartRequest request = dev.chartserve.testing.ChartCase.of(producer, tail).request();
      Figure figure = new Figure();
      producer.draw(figure, request);
      BufferedImage ours = ImageIO.read(new ByteArrayInputStream(Renderer.render(figure, ImageFormat.PNG)));
      BufferedImage theirs = ImageIO.read(reference.resolve(chart[0] + ".png").toFile());
      ImageIO.write(pair(ours, theirs), "png", out.resolve(chart[0] + ".png").toFile());
      System.out.println(out.resolve(chart[0] + ".png") + ": " + tail);
    }
    database.stop();
  }

  private static BufferedImage pair(BufferedImage left, BufferedImage right) {
    int caption = 28;
    int gap = 16;
    BufferedImage both = new BufferedImage(left.getWidth() + gap + right.getWidth(),
        caption + Math.max(left.getHeight(), right.getHeight()), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = both.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, both.getWidth(), both.getHeight());
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font("DejaVu Sans", Font.BOLD, 16));
    g.drawString("ChartServe", 8, 20);
    g.drawString("matplotlib 3.6 (reference)", left.getWidth() + gap + 8, 20);
    g.drawImage(left, 0, caption, null);
    g.drawImage(right, left.getWidth() + gap, caption, null);
    g.setColor(new Color(0xdddddd));
    g.fillRect(left.getWidth() + gap / 2 - 1, caption, 2, both.getHeight() - caption);
    g.dispose();
    return both;
  }
}
