package dev.chartserve.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;

/**
 * The hourly metrics of {@code days} days from 2026-03-01T00:00Z, from the demo database, on a time
 * axis in {@code zone} and {@code locale}, as the anchor's {@code realcharts.py} draws them
 * ({@code AutoDateLocator} + {@code ConciseDateFormatter}):
 * {@code /charts/metrics.png?days=60&zone=Europe/Berlin&locale=de-DE}.
 */
@Chart("metrics")
public class MetricsChart implements ChartProducer {
  @Inject
  DemoDatabase database;

  @Override
  public List<ChartParameter> parameters() {
    return List.of(
        ChartParameter.integer("days", 30, 1, 3650),
        ChartParameter.zone("zone", "UTC"),
        ChartParameter.locale("locale", "en-US"));
  }

  @Override
  public String dataVersion(ChartRequest request) throws Exception {
    return "metrics-" + database.version("metrics");
  }

  @Override
  public void draw(Figure figure, ChartRequest request) throws Exception {
    int days = request.getInt("days");
    String zone = request.getString("zone");
    figure.setTimeZone(ZoneId.of(zone));
    figure.setLocale(Locale.forLanguageTag(request.getString("locale")));
    DemoDatabase.Metrics metrics = database.metrics(days * 24, figure.deadline().remaining());
    Axes ax = figure.addSubplot();
    ax.plot(metrics.at(), metrics.values());
    ax.setTitle("Hourly metrics, " + days + " days (" + zone + ")");
  }
}
