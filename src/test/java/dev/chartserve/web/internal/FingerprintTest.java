package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import dev.chartserve.figure.internal.style.FontFallback;
import dev.chartserve.figure.internal.style.Fonts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  private static final String BOLD = "/dev/chartserve/figure/fonts/DejaVuSans-Bold.ttf";

  @Test
  void itNamesTheReleasesTheRuntimeAndEveryFaceInTheOrderTheyAreTried(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("copy-of-bold.ttf");
    try (InputStream in = Fonts.class.getResourceAsStream(BOLD)) {
      Files.copy(in, file);
    }
    FontFallback fallback = FontFallback.parse("chartserve.fonts", List.of(file.toString(), BOLD),
        getClass().getClassLoader());

    Fingerprint fingerprint = Fingerprint.of(fallback);

    assertTrue(fingerprint.chartserve().matches("\\d+\\.\\d+\\.\\d+.*"),
        "the build filled in ChartServe's release: " + fingerprint.chartserve());
    assertEquals(ETags.DRAWING_VERSION, fingerprint.drawing());
    assertEquals("1.5.6", fingerprint.jfreechart(), "the JFreeChart of the pom, read from its jar");
    assertEquals(System.getProperty("java.vendor") + " " + Runtime.version(), fingerprint.java());
    String bundledBold = sha256(Fonts.class.getResourceAsStream(BOLD).readAllBytes());
    assertEquals(List.of(
        new Fingerprint.Face("DejaVu Sans", "bundled",
            sha256(Fonts.class.getResourceAsStream(Fonts.BUNDLED.get(0)).readAllBytes())),
        new Fingerprint.Face("DejaVu Sans Bold", "bundled", bundledBold),
        new Fingerprint.Face("DejaVu Sans Bold", file.toString(), bundledBold),
        new Fingerprint.Face("DejaVu Sans Bold", "resource", bundledBold)), fingerprint.fonts());
    assertTrue(fingerprint.value().matches("[0-9a-f]{16}"), fingerprint.value());
    assertEquals(fingerprint, Fingerprint.of(fallback), "the same parts, the same fingerprint");
  }

  @Test
  void eachPartChangesTheValue() {
    List<Fingerprint.Face> fonts = List.of(new Fingerprint.Face("DejaVu Sans", "bundled", "aa"));
    List<String> values = List.of(
        Fingerprint.of("1.0.0", "1", "1.5.6", "Debian 17.0.15", fonts).value(),
        Fingerprint.of("1.0.1", "1", "1.5.6", "Debian 17.0.15", fonts).value(),
        Fingerprint.of("1.0.0", "2", "1.5.6", "Debian 17.0.15", fonts).value(),
        Fingerprint.of("1.0.0", "1", "1.5.5", "Debian 17.0.15", fonts).value(),
        Fingerprint.of("1.0.0", "1", "1.5.6", "Debian 17.0.16", fonts).value(),
        Fingerprint.of("1.0.0", "1", "1.5.6", "Debian 17.0.15",
            List.of(new Fingerprint.Face("DejaVu Sans", "bundled", "ab"))).value(),
        Fingerprint.of("1.0.0", "1", "1.5.6", "Debian 17.0.15",
            List.of(fonts.get(0), new Fingerprint.Face("Noto Sans CJK SC", "/usr/share/fonts/x.ttc", "cc"))).value());
    Set<String> distinct = new HashSet<>(values);
    assertEquals(values.size(), distinct.size(), values.toString());
  }

  @Test
  void theLogLineShowsTheValueAndEachPart() {
    Fingerprint fingerprint = Fingerprint.of("1.0.0", "1", "1.5.6", "Debian 17.0.15",
        List.of(new Fingerprint.Face("DejaVu Sans", "bundled", "0123456789abcdef")));
    assertEquals("drawing fingerprint " + fingerprint.value() + ": ChartServe 1.0.0 (drawing 1), JFreeChart 1.5.6,"
        + " Java Debian 17.0.15, fonts DejaVu Sans [01234567]", fingerprint.summary());
  }

  private static String sha256(byte[] bytes) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
