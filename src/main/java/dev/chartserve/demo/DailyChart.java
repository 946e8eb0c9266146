package dev.chartserve.demo;

import java.util.List;

import jakarta.inject.Inject;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Line;

/**
 * Two measures of the metrics per day on twin y axes ({@code twinx}): the daily mean as a line on
 * the left, the daily range (max − min) as steps on the right, over {@code days} days from
 * 2026-03-01 (UTC days), from the demo database: {@code /charts/daily.png?days=90}.
 */
@Chart("daily")
public class DailyChart implements ChartProducer {
  @Inject
  DemoDatabase database;

  @Override
  public List<ChartParameter> parameters() {
    return List.of(ChartParameter.integer("days", 90, 2, 3650));
  }

  @Override
  public String dataVersion(ChartRequest request) throws Exception {
    return "metrics-" + database.version("metrics");
  }

  @Override
  public void draw(Figure figure, ChartRequest request) throws Exception {
    DemoDatabase.Daily daily = database.daily(request.getInt("days"), figure.deadline().remaining());
    Axes mean = figure.addSubplot();
    Line meanLine = mean.plot(daily.day(), daily.mean()).setLabel("daily mean");
    mean.setYLabel("mean");
    Axes range = mean.twinx();
    Line rangeLine = range.step(daily.day(), daily.range(), "post").setColor("C1").setLabel("daily range");
    range.setYLabel("range (max − min)");
    mean.legend(List.of(meanLine, rangeLine), List.of("daily mean", "daily range"), "upper left");
    mean.setTitle("Daily mean and range of the metrics");
  }
}
