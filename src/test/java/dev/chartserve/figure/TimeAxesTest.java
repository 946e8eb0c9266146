package dev.chartserve.figure;

import static dev.chartserve.figure.FigureImages.count;
import static dev.chartserve.figure.FigureImages.pixels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.figure.internal.axis.AutoAxis;
import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class TimeAxesTest {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  private static Instant[] hourly(int n) {
    Instant[] x = new Instant[n];
    for (int i = 0; i < n; i++) {
      x[i] = START.plus(Duration.ofHours(i));
    }
    return x;
  }

  private static double[] values(int n) {
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Math.sin(i / 4.0);
    }
    return y;
  }

  private static AutoAxis x(Axes ax) {
    return (AutoAxis) ax.xyPlot().getDomainAxis();
  }

  @Test
  void aFigureShowsTimesInUtcAndEnUsWhateverTheJvmDefaults() {
    Figure fig = new Figure();
    assertEquals(ZoneOffset.UTC, fig.timeZone());
    assertEquals(Locale.US, fig.locale());
    fig.setTimeZone(ZoneId.of("Europe/Berlin")).setLocale(Locale.GERMANY);
    assertEquals(ZoneId.of("Europe/Berlin"), fig.timeZone());
    assertEquals(Locale.GERMANY, fig.locale());
  }

  @Test
  void plottingInstantsMakesXATimeAxisInEpochDays() {
    Axes ax = new Figure().addSubplot();
    assertNull(x(ax).time());
    ax.plot(hourly(25), values(25));
    assertNotNull(x(ax).time());
    double start = START.getEpochSecond() / 86_400.0;
    assertArrayEquals(new double[] {start - 0.05, start + 1.05}, ax.xLim(), 1e-9);
  }

  @Test
  void stepsOverInstantsAreStepsOnATimeAxis() {
    Axes ax = new Figure().addSubplot();
    Line steps = ax.step(hourly(25), values(25), "post");
    assertNotNull(x(ax).time());
    assertEquals("steps-post", steps.drawStyle());
    double start = START.getEpochSecond() / 86_400.0;
    assertArrayEquals(new double[] {start - 0.05, start + 1.05}, ax.xLim(), 1e-9);
  }

  @Test
  void localDatesAreMidnightsOfTheFiguresZone() {
    Figure fig = new Figure().setTimeZone(ZoneId.of("Pacific/Kiritimati"));
    Axes ax = fig.addSubplot();
    ax.setXLim(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
    double start = Instant.parse("2026-02-28T10:00:00Z").getEpochSecond() / 86_400.0;
    assertArrayEquals(new double[] {start, start + 1}, ax.xLim(), 1e-9);
    ax.scatter(new LocalDateTime[] {LocalDateTime.parse("2026-03-01T12:00")}, new double[] {1});
    assertNotNull(x(ax).time());
  }

  @Test
  void timeBarsAreADurationWide() {
    Axes ax = new Figure().addSubplot();
    Patch bar = ax.bar(new Instant[] {START}, new double[] {1}, Duration.ofHours(12)).get(0);
    assertNotNull(x(ax).time());
    assertEquals(1, ax.bar(new LocalDate[] {LocalDate.of(2026, 3, 2)}, new double[] {2}).size());
    assertNotNull(bar);
  }

  @Test
  void theOffsetTextIsDrawnAtTheRightEndBelowTheTickLabels() {
    Figure fig = new Figure().setTimeZone(ZoneId.of("America/Los_Angeles"));
    fig.addSubplot().plot(hourly(24), values(24));
    BufferedImage img = pixels(fig, "time-axis-1d-los-angeles");
    // matplotlib's "2026-Mar-01" under the right end: x 480..576, y 452..470 px
    assertTrue(count(img, 480, 452, 577, 472, 0x000000) > 20);
    Figure numeric = new Figure();
    numeric.addSubplot().plot(values(24));
    assertEquals(0, count(pixels(numeric, "time-axis-numeric"), 480, 452, 577, 472, 0x000000));
  }

  @Test
  void anExplicitDateFormatLabelsInTheFiguresZoneAndLocale() {
    Figure fig = new Figure().setLocale(Locale.GERMANY);
    Axes ax = fig.addSubplot();
    ax.setXDateFormat("d. MMMM");
    assertEquals("d. MMMM", x(ax).time().pattern());
    assertEquals("1. März", x(ax).time().labels(new double[] {START.getEpochSecond() / 86_400.0})
        .labels()[0]);
    assertEquals("", x(ax).time().labels(new double[] {0}).offset());
  }

  @Test
  void aBadDateFormatIsRefusedNamingThePattern() {
    Axes ax = new Figure().addSubplot();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ax.setXDateFormat("yyyy-{"));
    assertTrue(e.getMessage().startsWith(
        "x date format must be a DateTimeFormatter pattern, was \"yyyy-{\""), e.getMessage());
  }

  @Test
  void aNullTimeIsRefusedNamingItsIndex() {
    Axes ax = new Figure().addSubplot();
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ax.plot(new Instant[] {START, null}, new double[] {1, 2}));
    assertEquals("x[1]", e.getMessage());
  }
}
