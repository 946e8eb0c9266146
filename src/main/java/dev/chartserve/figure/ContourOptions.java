package dev.chartserve.figure;

import java.awt.Color;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Axes#contour} and {@link Axes#contourf} draw: the keyword arguments of
 * matplotlib's {@code contour}/{@code contourf}. Each {@code with…} method returns a new instance.
 *
 * <p>Defaults ({@link #defaults()}): 7 requested levels (matplotlib's default; the actual levels are
 * "nice" numbers, see {@link ContourSet}), colours from the {@code "viridis"} colormap, lines
 * 1.5 points wide.
 *
 * <p><b>Immutable and thread-safe.</b>
 */
public final class ContourOptions {
  /** matplotlib's default number of levels. */
  public static final int DEFAULT_LEVEL_COUNT = 7;
  /** matplotlib's default line width, in points. */
  public static final double DEFAULT_LINE_WIDTH = 1.5;

  private static final ContourOptions DEFAULTS =
      new ContourOptions(DEFAULT_LEVEL_COUNT, null, null, "viridis", DEFAULT_LINE_WIDTH);

  private final int levelCount;
  private final double[] levels; // explicit levels, or null
  private final Color color;     // one colour for all, or null for the colormap
  private final String cmap;
  private final double lineWidth;

  private ContourOptions(int levelCount, double[] levels, Color color, String cmap,
      double lineWidth) {
    this.levelCount = levelCount;
    this.levels = levels;
    this.color = color;
    this.cmap = cmap;
    this.lineWidth = lineWidth;
  }

  /** The defaults listed in the class comment. */
  public static ContourOptions defaults() {
    return DEFAULTS;
  }

  /** About {@code n} nice levels over the data range, chosen as matplotlib does. */
  public ContourOptions withLevels(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("levels must be >= 1, was " + n);
    }
    return new ContourOptions(n, null, color, cmap, lineWidth);
  }

  /** Exactly these levels, which must be finite and increasing. */
  public ContourOptions withLevels(double... levels) {
    Objects.requireNonNull(levels, "levels");
    if (levels.length == 0) {
      throw new IllegalArgumentException("levels must not be empty");
    }
    for (int i = 0; i < levels.length; i++) {
      if (!Double.isFinite(levels[i])) {
        throw new IllegalArgumentException("levels[" + i + "] must be finite, was " + levels[i]);
      }
      if (i > 0 && !(levels[i] > levels[i - 1])) {
        throw new IllegalArgumentException("levels must be increasing, was " + levels[i - 1]
            + " then " + levels[i] + " at index " + i);
      }
    }
    return new ContourOptions(levelCount, levels.clone(), color, cmap, lineWidth);
  }

  /**
   * One colour for every level (matplotlib's {@code colors="k"}); lines at negative levels are then
   * dashed, as matplotlib's {@code contour.negative_linestyle} does.
   */
  public ContourOptions withColor(Color color) {
    Objects.requireNonNull(color, "color");
    return new ContourOptions(levelCount, levels, color, cmap, lineWidth);
  }

  /** Colours from this colormap, one per level (lines) or band (filled); replaces a single colour. */
  public ContourOptions withCmap(String cmap) {
    Colormap.of(cmap); // fails early with the list of names
    return new ContourOptions(levelCount, levels, null, cmap, lineWidth);
  }

  /** Line width in points (1/72 inch). */
  public ContourOptions withLineWidth(double lineWidth) {
    Checks.nonNegative("lineWidth", lineWidth);
    return new ContourOptions(levelCount, levels, color, cmap, lineWidth);
  }

  public int levelCount() {
    return levelCount;
  }

  /** The explicit levels, if set. */
  public Optional<double[]> levels() {
    return Optional.ofNullable(levels).map(double[]::clone);
  }

  /** The single colour, if set. */
  public Optional<Color> color() {
    return Optional.ofNullable(color);
  }

  public Colormap cmap() {
    return Colormap.of(cmap);
  }

  public double lineWidth() {
    return lineWidth;
  }
}
