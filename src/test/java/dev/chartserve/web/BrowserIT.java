package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo pages in a real browser (Chromium, see {@link Browser}), from the deployed demo WAR: every
 * page linked from the index loads with every image, no console error, no failed request and no id
 * used twice; the image map shows its tooltips and follows its links; the parameter form draws the
 * chart again and escapes what it was given; the status page keeps itself up to date. One browser
 * for the whole class, so one per server run; a full-page screenshot of each page goes to
 * {@code target/browser-screenshots/<server>/}.
 */
class BrowserIT extends OnDemoWar {
  /** The demo pages the index must link to, at least (it may link to more: they are checked too). */
  private static final Set<String> KNOWN_PAGES =
      Set.of("gallery.jsp", "parameters.jsp", "legacy.jsp", "map.jsp", "dashboard.jsp", "sales.jsp", "status.jsp");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static Browser browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.start(Path.of(System.getProperty("browser.screenshots", "target/browser-screenshots/local")));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyDemoPageLoadsWithAllItsImagesAndNoErrors() throws Exception {
    List<String> pages = new ArrayList<>();
    pages.add(base.toString());
    pages.addAll(demoPagesLinkedFromIndex());
    assertTrue(pages.size() > KNOWN_PAGES.size(), "the index and its demo pages: " + pages);
    List<Executable> checks = new ArrayList<>();
    for (String page : pages) {
      String name = page.equals(base.toString()) ? "index" : pageName(page);
      browser.forgetEvents();
      browser.driver().get(page);
      waitForImages();
      List<String> broken = brokenImages();
      int images = browser.driver().findElements(By.tagName("img")).size();
      List<String> problems = browser.problems();
      String title = browser.driver().getTitle();
      @SuppressWarnings("unchecked")
      List<String> duplicateIds = (List<String>) browser.driver().executeScript(
          "const ids = Array.from(document.querySelectorAll('[id]'), e => e.id);"
              + "return ids.filter((id, i) => ids.indexOf(id) !== i)");
      browser.screenshot(name);
      checks.add(() -> assertEquals(List.of(), broken, name + ": images that did not load (of " + images + ")"));
      checks.add(() -> assertEquals(List.of(), problems, name + ": console errors and failed requests"));
      checks.add(() -> assertFalse(title.isBlank(), name + " has a title"));
      checks.add(() -> assertEquals(List.of(), duplicateIds, name + ": ids used more than once"));
    }
    assertAll(checks);
  }

  @Test
  void anImageMapAreaShowsItsTooltipAndFollowsItsLink() throws Exception {
    browser.forgetEvents();
    browser.driver().get(base + "map.jsp");
    waitForImages();
    List<WebElement> areas = browser.driver().findElements(By.cssSelector("map area[href]"));
    assertEquals(12, areas.size(), "map.jsp has an image map with a link on each of seed-bar's 12 bars");
    WebElement area = areas.get(1);
    String tooltip = area.getAttribute("data-tooltip");
    assertFalse(tooltip == null || tooltip.isBlank(), "the area has a tooltip");
    WebElement tip = browser.driver().findElement(By.id("chart-tooltip"));
    assertFalse(tip.isDisplayed(), "no tooltip before pointing at a bar");

    // The pointer over the bar, as a user's: an <area> has no box of its own, the image has.
    WebElement image = browser.driver().findElement(By.cssSelector("img[usemap]"));
    pointAt(image, area).perform();
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.visibilityOf(tip));
    assertEquals(tooltip, tip.getText());
    browser.screenshot("map-tooltip");

    new Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.invisibilityOf(tip));
    browser.driver().executeScript("arguments[0].focus()", areas.get(0));
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.visibilityOf(tip));
    assertEquals(areas.get(0).getAttribute("data-tooltip"), tip.getText(), "keyboard focus shows it too");

    String link = area.getAttribute("href"); // the property: resolved against the page
    String before = browser.driver().getCurrentUrl();
    pointAt(image, area).click().perform();
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    assertEquals(link, browser.driver().getCurrentUrl());
    assertTrue(URI.create(link).getPath().startsWith(base.getPath()), link + " is inside the application");
    String bar = URI.create(link).getQuery().replaceFirst("^.*bar=", "");
    assertTrue(browser.driver().findElement(By.id("selected-bar")).getText().contains(bar),
        "map.jsp names the bar that was clicked");
    waitForImages();
    assertEquals(List.of(), brokenImages(), "the page the link leads to");
    assertEquals(List.of(), browser.problems(), "console errors and failed requests");
  }

  @Test
  void theGalleryShowsTwoChartsInlineAsSvgEachWithIdsOfItsOwn() {
    browser.forgetEvents();
    browser.driver().get(base + "gallery.jsp");
    List<WebElement> svgs = browser.driver().findElements(By.cssSelector("#inline-svg figure > svg"));
    assertEquals(2, svgs.size(), "two inline SVG charts");
    for (WebElement svg : svgs) {
      assertTrue(svg.getSize().getWidth() > 100 && svg.getSize().getHeight() > 100, "drawn: " + svg.getSize());
      // Every reference inside a chart (clip paths, gradients, uses) leads to an element of that chart.
      @SuppressWarnings("unchecked")
      List<String> stray = (List<String>) browser.driver().executeScript(
          "const svg = arguments[0], refs = [];"
              + "svg.querySelectorAll('*').forEach(e => Array.from(e.attributes).forEach(a => {"
              + "  const m = /url\\(#([^)]+)\\)/.exec(a.value) || (/href$/.test(a.name) && /^#(.+)/.exec(a.value));"
              + "  if (m) refs.push(m[1]); }));"
              + "return refs.filter(id => { const t = document.getElementById(id); return !t || !svg.contains(t); })",
          svg);
      assertEquals(List.of(), stray, "references that leave their own chart");
    }
    assertEquals(List.of(), browser.problems(), "console errors and failed requests");
  }

  @Test
  void theParameterFormDrawsTheChartAgainAndEscapesWhatItWasGiven() throws Exception {
    browser.forgetEvents();
    browser.driver().get(base + "parameters.jsp");
    waitForImages();
    WebElement chart = browser.driver().findElement(By.cssSelector("#walk img"));
    String defaultSrc = chart.getAttribute("src");

    String hostile = "</title><script>window.pwned=1</script>\"'<b>ü";
    WebElement days = browser.driver().findElement(By.id("days"));
    days.clear();
    days.sendKeys("60");
    new Select(browser.driver().findElement(By.id("color"))).selectByValue("C3");
    WebElement title = browser.driver().findElement(By.id("title"));
    title.clear();
    title.sendKeys(hostile);
    browser.driver().findElement(By.id("markers")).click();
    browser.driver().findElement(By.cssSelector("form.chart-form button[type=submit]")).click();
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("days=60"));
    waitForImages();

    chart = browser.driver().findElement(By.cssSelector("#walk img"));
    String src = chart.getAttribute("src");
    assertNotEquals(defaultSrc, src);
    assertAll(
        () -> assertTrue(src.contains("days=60") && src.contains("color=C3") && src.contains("markers=true"), src),
        () -> assertEquals(List.of(), brokenImages(), "the chart drawn with the new parameters"),
        () -> assertEquals(hostile, browser.driver().findElement(By.id("title")).getAttribute("value"),
            "the title comes back as typed, as text"),
        () -> assertEquals(Boolean.TRUE, browser.driver().executeScript("return window.pwned === undefined"),
            "no script from the title ran"),
        () -> assertTrue(browser.driver().findElements(By.cssSelector("body b")).isEmpty(), "no markup from the title"),
        () -> assertEquals(List.of(), browser.problems(), "console errors and failed requests"));
  }

  @Test
  void theStatusPageShowsTheHealthAndKeepsItUpToDate() {
    browser.driver().get(base + "status.jsp");
    assertEquals("3000", browser.driver().findElement(By.id("health")).getAttribute("data-interval-ms"));
    WebElement status = browser.driver().findElement(By.id("health-status"));
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.textToBePresentInElement(status, "UP"));
    WebElement section = browser.driver().findElement(By.id("health"));
    // Every few seconds is for people; the test need not wait that long.
    browser.driver().executeScript("arguments[0].dataset.intervalMs = '300'", section);
    int polls = Integer.parseInt(section.getAttribute("data-polls"));
    browser.waitUpTo(PATIENCE).until(d -> Integer.parseInt(section.getAttribute("data-polls")) > polls);
    assertTrue(browser.driver().findElement(By.id("health-charts")).getText().contains("seed-bar"));
    assertTrue(browser.driver().findElement(By.id("health-gate")).getText().contains("running"));

    // When the server cannot be read, the page says so (and keeps trying).
    browser.driver().executeScript("arguments[0].dataset.healthUrl = 'charts/no-such-chart.json'", section);
    WebElement error = browser.driver().findElement(By.id("health-error"));
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.visibilityOf(error));
    assertTrue(error.getText().contains("404"), error.getText());
    assertEquals("unreachable", status.getText());
  }

  /** Moves the pointer to the middle of {@code area}'s shape on {@code image} (the map's image). */
  private Actions pointAt(WebElement image, WebElement area) {
    String[] coords = area.getAttribute("coords").split(",");
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    boolean circle = "circle".equalsIgnoreCase(area.getAttribute("shape"));
    if (circle) {
      double x = Double.parseDouble(coords[0].trim()), y = Double.parseDouble(coords[1].trim());
      minX = maxX = x;
      minY = maxY = y;
    } else {
      for (int i = 0; i + 1 < coords.length; i += 2) {
        double x = Double.parseDouble(coords[i].trim()), y = Double.parseDouble(coords[i + 1].trim());
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    // Selenium's offsets count from the middle of the element.
    int x = (int) Math.round((minX + maxX) / 2 - image.getSize().getWidth() / 2.0);
    int y = (int) Math.round((minY + maxY) / 2 - image.getSize().getHeight() / 2.0);
    return new Actions(browser.driver()).moveToElement(image, x, y);
  }

  /** The same-origin pages the index links to, outside {@code charts/} (images, JSON), in order. */
  private List<String> demoPagesLinkedFromIndex() {
    browser.driver().get(base.toString());
    @SuppressWarnings("unchecked")
    List<String> hrefs = (List<String>) browser.driver().executeScript(
        "return Array.from(document.querySelectorAll('a[href]'), a => a.href)");
    Set<String> pages = new LinkedHashSet<>();
    String root = base.toString();
    for (String href : hrefs) {
      String page = href.replaceFirst("#.*$", "");
      if (page.startsWith(root) && !page.equals(root) && !page.startsWith(root + "charts/")) {
        pages.add(page);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    pages.forEach(page -> names.add(pageName(page)));
    assertTrue(names.containsAll(KNOWN_PAGES), "the index links to " + KNOWN_PAGES + ", found " + names);
    return List.copyOf(pages);
  }

  private String pageName(String page) {
    return page.substring(base.toString().length()).replaceAll("[^A-Za-z0-9._-]+", "_");
  }

  private void waitForImages() {
    browser.waitUpTo(PATIENCE).until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
        "return document.readyState === 'complete' && Array.from(document.images).every(i => i.complete)")));
  }

  /** The images of the page that did not load: not complete, or no pixels. */
  private List<String> brokenImages() {
    @SuppressWarnings("unchecked")
    List<String> broken = (List<String>) browser.driver().executeScript(
        "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0))"
            + ".map(i => i.currentSrc || i.src)");
    return broken;
  }
}
