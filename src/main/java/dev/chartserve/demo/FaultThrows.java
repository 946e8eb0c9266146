package dev.chartserve.demo;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;

/**
 * A broken producer, served only when {@code chartserve.demo.faults=true}: it throws, to show that the
 * client gets a 500 problem with a request id (and no stack trace), the log gets the stack trace
 * under the same id, and every other chart goes on being served.
 */
@Chart(value = "fault-throws", enabledBy = "chartserve.demo.faults")
public class FaultThrows implements ChartProducer {
  @Override
  public void draw(Figure figure, ChartRequest request) {
    throw new IllegalStateException("fault-throws: this producer always fails (demo of error handling)");
  }
}
