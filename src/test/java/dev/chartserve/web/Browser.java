package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the integration tests: Debian's {@code chromium}, headless, driven through
 * Debian's {@code chromedriver} by Selenium. Both paths are fixed, so Selenium Manager never looks
 * for (or downloads) a driver or a browser; nothing leaves the machine.
 *
 * <p>It records what went wrong on a page: console errors (the browser log at {@code SEVERE}) and
 * failed requests (from the network events of Chrome's performance log: a response of 400 or more,
 * or a request that failed without one). Not thread-safe: one test thread drives it.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path screenshots;

  private Browser(ChromeDriver driver, Path screenshots) {
    this.driver = driver;
    this.screenshots = screenshots;
  }

  /** The system property that says whether a missing browser skips the browser tests or fails them. */
  static final String REQUIRED_PROPERTY = "chartserve.browser";

  /**
   * Starts Debian's chromium. If it or its driver is missing, the browser tests are skipped with one
   * loud line naming the Debian packages to install, unless {@code -Dchartserve.browser=required}
   * (as {@code .ci/run} runs them), which fails them instead.
   */
  static Browser start(Path screenshots) throws IOException {
    return start(CHROMIUM, CHROMEDRIVER, screenshots, required(System.getProperty(REQUIRED_PROPERTY)));
  }

  /** Whether {@code -Dchartserve.browser} says the browser is required: {@code optional} (the default) or {@code required}. */
  static boolean required(String setting) {
    if (setting == null || setting.isEmpty() || setting.equals("optional")) {
      return false;
    }
    if (setting.equals("required")) {
      return true;
    }
    throw new IllegalArgumentException(REQUIRED_PROPERTY + " must be optional or required, was \"" + setting + "\"");
  }

  static Browser start(Path chromium, Path chromedriver, Path screenshots, boolean required) throws IOException {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium)) {
      missing.add(chromium + " (Debian package chromium)");
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.add(chromedriver + " (Debian package chromium-driver)");
    }
    if (!missing.isEmpty()) {
      String why = "The browser tests need a real browser, and " + String.join(" and ", missing)
          + (missing.size() == 1 ? " is" : " are")
          + " missing: apt-get install chromium chromium-driver (.ci/run installs them)";
      if (required) {
        fail(why + "; -D" + REQUIRED_PROPERTY + "=required makes this a failure");
      }
      System.err.println("*** BROWSER TESTS SKIPPED *** " + why + "; -D" + REQUIRED_PROPERTY
          + "=required makes this a failure");
      Assumptions.abort(why);
    }
    Files.createDirectories(screenshots);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .withLogFile(screenshots.resolve("chromedriver.log").toFile())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        // Chromium refuses to start as root (CI containers) with its sandbox; it only opens our pages.
        "--no-sandbox",
        "--window-size=1280,1024",
        "--force-device-scale-factor=1",
        "--lang=en-US",
        // No calls home: no component updates, sync, field trials, default apps.
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--metrics-recording-only",
        "--no-pings");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
    options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, screenshots);
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waitUpTo(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Forgets the console and network events so far: what {@link #problems()} reports starts now. */
  void forgetEvents() {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
  }

  /** Console errors and failed requests since the last call (or {@link #forgetEvents()}). */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add("console error: " + entry.getMessage());
      }
    }
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonObject message = Json.createReader(new ByteArrayInputStream(
          entry.getMessage().getBytes(StandardCharsets.UTF_8))).readObject().getJsonObject("message");
      String method = message.getString("method", "");
      JsonObject params = message.getJsonObject("params");
      if (method.equals("Network.responseReceived")) {
        JsonObject response = params.getJsonObject("response");
        int status = response.getInt("status");
        if (status >= 400) {
          problems.add("failed request: " + status + " " + response.getString("url"));
        }
      } else if (method.equals("Network.loadingFailed") && !params.getBoolean("canceled", false)) {
        // A canceled request is one the page left behind (navigating away), not one that failed.
        problems.add("failed request: " + params.getString("errorText", "?") + " (" + params.getString("type", "?")
            + ", request " + params.getString("requestId", "?") + ")");
      }
    }
    return problems;
  }

  /** Saves a screenshot of the whole page (not only the window) as {@code name}.png; returns its path. */
  Path screenshot(String name) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0,
        "width", ((Number) size.get("width")).doubleValue(),
        "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path file = screenshots.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
