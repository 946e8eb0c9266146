package dev.chartserve.render.internal;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** As {@code dev.chartserve.render.HeadlessAwt}, for this package's tests. */
final class HeadlessAwtInternal implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
