package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Without a browser, the browser tests fail (never skip) and say what to install. */
class BrowserTest {
  @TempDir
  Path dir;

  @Test
  void aMissingBrowserFailsNamingTheDebianPackages() {
    Path chromium = dir.resolve("chromium");
    Path chromedriver = dir.resolve("chromedriver");
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> Browser.start(chromium, chromedriver, dir.resolve("shots")));
    assertEquals("The browser tests need a real browser, and " + chromium + " (Debian package chromium) and "
        + chromedriver + " (Debian package chromium-driver) are missing: apt-get install chromium chromium-driver"
        + " (.ci/run installs them)", failure.getMessage());
  }

  @Test
  void aMissingDriverAloneIsNamed() throws Exception {
    Path chromium = Files.createFile(dir.resolve("chromium"));
    assertTrue(chromium.toFile().setExecutable(true));
    Path chromedriver = dir.resolve("chromedriver");
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> Browser.start(chromium, chromedriver, dir.resolve("shots")));
    assertEquals("The browser tests need a real browser, and " + chromedriver
        + " (Debian package chromium-driver) is missing: apt-get install chromium chromium-driver"
        + " (.ci/run installs them)", failure.getMessage());
  }
}
