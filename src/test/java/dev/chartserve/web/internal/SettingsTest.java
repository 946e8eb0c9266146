package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void rendersFollowTheProcessorsAndTheQueueCapTheServersThreads() {
    Settings settings = Settings.read(Map.<String, String>of()::get, Map.<String, String>of()::get, 2, 150);
    assertEquals(Settings.Mode.CONCURRENT, settings.mode());
    assertEquals(2, settings.maxConcurrentRenders());
    assertEquals(150, settings.maxQueuedRenders());
    assertEquals(0, settings.cacheMaxBytes(), "no cache unless asked for");
    assertEquals(Duration.ofSeconds(5), settings.queueTimeout());
    assertEquals(Duration.ofSeconds(10), settings.renderTimeout());
    assertEquals(16_777_216, settings.maxPixels());
  }

  @Test
  void serverThreadsThatCannotBeFoundCapTheQueueAtTomcatsDefault() {
    assertEquals(200, read(Map.of(), Map.of(), 2).maxQueuedRenders());
  }

  @Test
  void theCacheBoundIsReadAndAnInvalidOneNamesTheKey() {
    assertEquals(50_000_000, read(Map.of("chartserve.cache.maxBytes", "50000000"), Map.of(), 2).cacheMaxBytes());
    assertEquals("chartserve.cache.maxBytes must be a whole number from 0 to 1099511627776, was \"64MB\"",
        invalid(Map.of("chartserve.cache.maxBytes", "64MB")));
    assertEquals("chartserve.cache.maxBytes must be a whole number from 0 to 1099511627776, was \"-1\"",
        invalid(Map.of("chartserve.cache.maxBytes", "-1")));
  }

  @Test
  void warmUpRequestsHealthByDefaultAndChartsWhenAsked() {
    Settings defaults = read(Map.of(), Map.of(), 2);
    assertEquals(true, defaults.warmUp());
    assertEquals(java.util.List.of(), defaults.warmUpCharts());
    assertEquals(0, defaults.warmUpPort());

    Settings charts = read(Map.of("chartserve.warmUp", " sales.png, sales.svg ", "chartserve.warmUp.port", "8080"),
        Map.of(), 2);
    assertEquals(java.util.List.of("sales.png", "sales.svg"), charts.warmUpCharts());
    assertEquals(8080, charts.warmUpPort());

    Settings off = read(Map.of("chartserve.warmUp", "None"), Map.of(), 2);
    assertEquals(false, off.warmUp());
    assertEquals(java.util.List.of(), off.warmUpCharts());
  }

  @Test
  void aWarmUpEntryThatIsNotAChartFileNamesTheKey() {
    assertEquals("chartserve.warmUp must be none, or chart files separated by commas (e.g. sales.png,sales.svg),"
        + " was \"sales.png,../x\"",
        assertThrows(IllegalArgumentException.class,
            () -> read(Map.of("chartserve.warmUp", "sales.png,../x"), Map.of(), 2)).getMessage());
    assertEquals("chartserve.warmUp.port must be a whole number from 0 to 65535, was \"http\"",
        assertThrows(IllegalArgumentException.class,
            () -> read(Map.of("chartserve.warmUp.port", "http"), Map.of(), 2)).getMessage());
  }

  @Test
  void globalLockModeHasOneRenderSlot() {
    Settings settings = read(Map.of("chartserve.mode", "global-lock"), Map.of(), 8);
    assertEquals(Settings.Mode.GLOBAL_LOCK, settings.mode());
    assertEquals(1, settings.maxConcurrentRenders());
    assertEquals(200, settings.maxQueuedRenders());
  }

  @Test
  void aSystemPropertyWinsOverAContextParam() {
    Settings settings = read(Map.of("chartserve.maxQueuedRenders", "3"),
        Map.of("chartserve.maxQueuedRenders", "7"), 2);
    assertEquals(7, settings.maxQueuedRenders());
  }

  @Test
  void anUnknownModeNamesTheKeyAndTheAllowedValues() {
    assertEquals("chartserve.mode must be concurrent or global-lock, was \"fast\"",
        invalid(Map.of("chartserve.mode", "fast")));
  }

  @Test
  void aNegativeTimeoutNamesTheKeyAndTheRange() {
    assertEquals("chartserve.queueTimeout must be a whole number from 0 to 600000, was \"-1\"",
        invalid(Map.of("chartserve.queueTimeout", "-1")));
  }

  @Test
  void aZeroRenderTimeoutNamesTheKeyAndTheRange() {
    assertEquals("chartserve.renderTimeout must be a whole number from 1 to 600000, was \"0\"",
        invalid(Map.of("chartserve.renderTimeout", "0")));
  }

  @Test
  void aMalformedNumberNamesTheKey() {
    assertEquals("chartserve.maxConcurrentRenders must be a whole number from 1 to 10000, was \"two\"",
        invalid(Map.of("chartserve.maxConcurrentRenders", "two")));
  }

  @Test
  void globalLockModeRefusesMoreThanOneRenderSlot() {
    assertEquals("chartserve.maxConcurrentRenders must be 1 when chartserve.mode=global-lock, was 4",
        invalid(Map.of("chartserve.mode", "global-lock", "chartserve.maxConcurrentRenders", "4")));
  }

  @Test
  void signingKeysAreCommaSeparatedAndAShortOneFailsWithoutBeingShown() {
    assertEquals(java.util.List.of("a-long-enough-secret-1", "a-long-enough-secret-2"),
        read(Map.of("chartserve.signing.key", "a-long-enough-secret-1, a-long-enough-secret-2"), Map.of(), 2)
            .signingKeys());
    assertEquals("chartserve.signing.key: signing key 1 of 1 has 6 characters; at least 16 are needed"
        + " (one or more comma-separated secrets)", invalid(Map.of("chartserve.signing.key", "secret")));
  }

  @Test
  void fontsAreNoneByDefaultSoTheInstalledFacesAreUsed() {
    assertEquals(java.util.List.of(), read(Map.of(), Map.of(), 2).fonts());
  }

  @Test
  void fontsListFilesResourcesAndFamiliesInOrder() {
    Settings settings = read(Map.of("chartserve.fonts",
        "/dev/chartserve/figure/fonts/DejaVuSans-Bold.ttf, DejaVu Sans"), Map.of(), 2);
    assertEquals(java.util.List.of("/dev/chartserve/figure/fonts/DejaVuSans-Bold.ttf", "DejaVu Sans"),
        settings.fonts());
    assertEquals(java.util.List.of("DejaVu Sans", "DejaVu Sans"),
        settings.fontFallback().faces().stream().map(face -> face.family()).toList());
  }

  @Test
  void aFontEntryThatIsNeitherFileResourceNorFamilyFailsNamingTheKeyAndTheEntry() {
    assertEquals("chartserve.fonts must list font files, class-path font resources or installed font"
        + " families, separated by commas; no installed family \"No Such Sans\"",
        invalid(Map.of("chartserve.fonts", "DejaVu Sans, No Such Sans")));
    assertEquals("chartserve.fonts must list font files, class-path font resources or installed font"
        + " families, separated by commas; no file or resource \"/nowhere/x.ttf\"",
        invalid(Map.of("chartserve.fonts", "/nowhere/x.ttf")));
  }

  private static Settings read(Map<String, String> contextParams, Map<String, String> systemProperties,
      int processors) {
    return Settings.read(contextParams::get, systemProperties::get, processors, 0);
  }

  private static String invalid(Map<String, String> contextParams) {
    return assertThrows(IllegalArgumentException.class, () -> read(contextParams, Map.of(), 2)).getMessage();
  }
}
