package dev.chartserve.render;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes AWT headless before a test first touches it, as ChartServe's start-up does on a server. The
 * build sets the flag already; this covers {@code -Dtest=…} runs, which also reach the surefire
 * execution that deliberately starts without it (for {@code HeadlessStartupTest}). Every test class
 * that draws uses it: {@code @ExtendWith(HeadlessAwt.class)}.
 */
public final class HeadlessAwt implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
