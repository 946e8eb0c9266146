package dev.chartserve.figure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Duration;

import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.DeadlineExceededException;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.AbstractXYDataset;
import org.junit.jupiter.api.Test;

class DeadlineGraphics2DTest {
  @Test
  void drawingAfterTheDeadlineThrowsButStateCallsDoNot() {
    Graphics2D g = new DeadlineGraphics2D(image().createGraphics(), expired());
    g.setColor(Color.RED);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    g.translate(1, 1);
    DeadlineExceededException e = assertThrows(DeadlineExceededException.class, () -> g.fillRect(0, 0, 5, 5));
    assertEquals("drawing took longer than its 0 ms budget and was stopped", e.getMessage());
    assertThrows(DeadlineExceededException.class, () -> g.drawString("x", 1, 1));
    assertThrows(DeadlineExceededException.class, () -> g.draw(new Rectangle2D.Double(0, 0, 1, 1)));
  }

  @Test
  void beforeTheDeadlineDrawingReachesTheImage() {
    BufferedImage image = image();
    Graphics2D g = new DeadlineGraphics2D(image.createGraphics(), Deadline.after(Duration.ofMinutes(1)));
    g.setColor(Color.RED);
    g.fillRect(0, 0, 10, 10);
    assertEquals(Color.RED.getRGB(), image.getRGB(5, 5));
  }

  @Test
  void aChildGraphicsKeepsTheDeadline() {
    Graphics2D g = new DeadlineGraphics2D(image().createGraphics(), expired());
    Graphics2D child = (Graphics2D) g.create();
    assertInstanceOf(DeadlineGraphics2D.class, child);
    assertThrows(DeadlineExceededException.class, () -> child.fillRect(0, 0, 1, 1));
  }

  @Test
  void aChartWithFiftyMillionPointsStopsInsteadOfDrawingToTheEnd() {
    XYPlot plot = new XYPlot(new HugeDataset(50_000_000), axis(50_000_000), axis(1),
        new XYLineAndShapeRenderer(true, false));
    JFreeChart chart = new JFreeChart("huge", new Font(Font.SANS_SERIF, Font.PLAIN, 10), plot, false);
    Graphics2D g = new DeadlineGraphics2D(image().createGraphics(), Deadline.after(Duration.ofMillis(200)));
    long start = System.nanoTime();
    assertThrows(DeadlineExceededException.class, () -> chart.draw(g, new Rectangle2D.Double(0, 0, 64, 48)));
    // Drawing all 50 million segments takes minutes; stopping at all proves the check works. The
    // bound is loose on purpose: it is a correctness check, not a benchmark.
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
  }

  private static NumberAxis axis(double max) {
    NumberAxis axis = new NumberAxis();
    axis.setRange(0, max); // a fixed range: no pass over the data to find it
    return axis;
  }

  private static BufferedImage image() {
    return new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
  }

  private static Deadline expired() {
    Deadline deadline = Deadline.after(Duration.ZERO);
    while (!deadline.isExpired()) {
      Thread.onSpinWait();
    }
    return deadline;
  }

  /** Points computed on demand: no memory, endless work. */
  private static final class HugeDataset extends AbstractXYDataset {
    private static final long serialVersionUID = 1L;
    private final int count;

    HugeDataset(int count) {
      this.count = count;
    }

    @Override
    public int getSeriesCount() {
      return 1;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
      return "huge";
    }

    @Override
    public int getItemCount(int series) {
      return count;
    }

    @Override
    public Number getX(int series, int item) {
      return item;
    }

    @Override
    public Number getY(int series, int item) {
      return (Math.sin(item / 1000.0) + 1) / 2;
    }
  }
}
