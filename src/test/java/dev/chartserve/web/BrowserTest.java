package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Without a browser, the browser tests are skipped and say what to install; with
 * {@code -Dchartserve.browser=required} (CI) they fail instead.
 */
class BrowserTest {
  private static final String WHY_BOTH = "The browser tests need a real browser, and %s (Debian package chromium)"
      + " and %s (Debian package chromium-driver) are missing: apt-get install chromium chromium-driver"
      + " (.ci/run installs them)";

  @TempDir
  Path dir;

  @Test
  void aMissingBrowserSkipsTheTestNamingTheDebianPackages() {
    Path chromium = dir.resolve("chromium");
    Path chromedriver = dir.resolve("chromedriver");
    TestAbortedException skipped = assertThrows(TestAbortedException.class,
        () -> Browser.start(chromium, chromedriver, dir.resolve("shots"), false));
    assertEquals(WHY_BOTH.formatted(chromium, chromedriver), skipped.getMessage());
  }

  @Test
  void aMissingBrowserFailsTheTestWhenTheBrowserIsRequired() {
    Path chromium = dir.resolve("chromium");
    Path chromedriver = dir.resolve("chromedriver");
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> Browser.start(chromium, chromedriver, dir.resolve("shots"), true));
    assertEquals(WHY_BOTH.formatted(chromium, chromedriver) + "; -Dchartserve.browser=required makes this a failure",
        failure.getMessage());
  }

  @Test
  void aMissingDriverAloneIsNamed() throws Exception {
    Path chromium = Files.createFile(dir.resolve("chromium"));
    assertTrue(chromium.toFile().setExecutable(true));
    Path chromedriver = dir.resolve("chromedriver");
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> Browser.start(chromium, chromedriver, dir.resolve("shots"), true));
    assertEquals("The browser tests need a real browser, and " + chromedriver
        + " (Debian package chromium-driver) is missing: apt-get install chromium chromium-driver"
        + " (.ci/run installs them); -Dchartserve.browser=required makes this a failure", failure.getMessage());
  }

  @Test
  void theSettingIsOptionalByDefaultAndAnythingElseNamesTheProperty() {
    assertFalse(Browser.required(null));
    assertFalse(Browser.required("optional"));
    assertTrue(Browser.required("required"));
    assertEquals("chartserve.browser must be optional or required, was \"yes\"",
        assertThrows(IllegalArgumentException.class, () -> Browser.required("yes")).getMessage());
  }
}
