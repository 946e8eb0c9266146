package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;

import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own (see the surefire "headless-startup" execution) whose DISPLAY names an X
 * server that does not exist and where nobody set java.awt.headless: the situation of seed 004, where
 * the first chart hangs or crashes on a missing display. Without ChartServe's start-up check, the
 * first drawing here fails with "Can't connect to X11 window server".
 */
class HeadlessStartupTest {
  @Test
  void startupMakesAwtHeadlessBeforeAnythingDrawsAndThenDrawsText() {
    assertEquals(":42", System.getenv("DISPLAY"), "precondition: a DISPLAY that leads nowhere");
    assertNull(System.getProperty("java.awt.headless"), "precondition: nobody set headless");

    StartupReport report = Startup.run();

    assertTrue(report.headless(), report.summary());
    assertEquals("set by ChartServe", report.headlessSource());
    assertTrue(GraphicsEnvironment.isHeadless());
    assertTrue(report.canRender(), report.summary() + " " + report.renderProblem());
    assertFalse(report.fontFamilies().isEmpty(), "physical font families found");
    assertTrue(report.summary().startsWith("ChartServe started: headless=true (set by ChartServe), fonts: "),
        report.summary());
  }
}
