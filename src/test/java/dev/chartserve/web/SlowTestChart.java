package dev.chartserve.web;

import java.util.List;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;

/**
 * A user's chart that takes {@code millis} (300 by default) to draw, and then fails if {@code fail} is
 * set: added to the WAR by the guardrail and traffic tests only.
 */
@Chart("slow-test")
public class SlowTestChart implements ChartProducer {
  @Override
  public List<ChartParameter> parameters() {
    return List.of(ChartParameter.integer("millis", 300, 1, 10_000), ChartParameter.flag("fail", false));
  }

  @Override
  public void draw(Figure figure, ChartRequest request) throws InterruptedException {
    Thread.sleep(request.getInt("millis")); // stands for a slow data query; keeps a render slot busy
    if (request.getBoolean("fail")) {
      throw new IllegalStateException("slow-test failed as asked");
    }
    figure.setSizeInches(1, 1);
  }
}
