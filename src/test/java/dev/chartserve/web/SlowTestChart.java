package dev.chartserve.web;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;

/** A user's chart that takes 300 ms to draw: added to the WAR by the guardrail tests only. */
@Chart("slow-test")
public class SlowTestChart implements ChartProducer {
  @Override
  public void draw(Figure figure, ChartRequest request) throws InterruptedException {
    Thread.sleep(300); // stands for a slow data query; keeps the one render slot busy
    figure.setSizeInches(1, 1);
  }
}
