package dev.chartserve.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed charts' data, read once from the CSV files beside this class (one column, a header). */
final class SeedData {
  /**
   * The cache policy of the charts drawn from these files: their data never changes, so every cache
   * (browsers, a proxy, a CDN) may keep an image for a day without asking. After a release that
   * changes a picture (and bumps its {@code @Chart(version)}), caches show the old one for at most
   * that long; README, "Behind a proxy or CDN".
   */
  static final String FIXED_DATA = "public, max-age=86400";

  private static final double[] SCORES = load("scores.csv");

  private SeedData() {
  }

  /** The 10,000 scores of seed 000's histogram; a fresh copy for each caller. */
  static double[] scores() {
    return SCORES.clone();
  }

  static double[] load(String file) {
    try (InputStream in = SeedData.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing demo data file " + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      return reader.lines().filter(line -> !line.isBlank()).mapToDouble(Double::parseDouble).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo data file " + file, e);
    }
  }
}
