package dev.chartserve.testing;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a {@link ChartConcurrencyTest} method its {@link ConcurrencyHarness}, configured from the
 * annotation, and runs it once the method has added its charts.
 */
public final class ChartConcurrencyExtension implements ParameterResolver, AfterTestExecutionCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ChartConcurrencyExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ConcurrencyHarness.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ChartConcurrencyTest settings = context.getRequiredTestMethod().getAnnotation(ChartConcurrencyTest.class);
    ConcurrencyHarness harness = ConcurrencyHarness.create();
    if (settings != null) {
      harness.threads(settings.threads()).iterations(settings.iterations()).globalLock(settings.globalLock());
    }
    context.getStore(NAMESPACE).put(ConcurrencyHarness.class, harness);
    return harness;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws Exception {
    if (context.getExecutionException().isPresent()) {
      return; // the method itself failed: that is the story
    }
    ConcurrencyHarness harness = context.getStore(NAMESPACE).get(ConcurrencyHarness.class, ConcurrencyHarness.class);
    if (harness == null || !harness.hasCharts()) {
      throw new AssertionError("a @ChartConcurrencyTest method takes a ConcurrencyHarness parameter and"
          + " adds charts to it: harness.chart(producer, \"name.png\")");
    }
    HarnessReport report = harness.run();
    context.publishReportEntry("chartserve.harness", report.summary());
    report.assertPassed();
  }
}
