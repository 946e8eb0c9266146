package dev.chartserve.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import dev.chartserve.figure.internal.image.ColormapTables;

/**
 * A colormap: maps a number in 0..1 to a colour through a 256-entry lookup table, exactly as
 * matplotlib's colormaps of the same name do ({@code viridis} from its listed colours, {@code jet},
 * {@code gray} and {@code coolwarm} from their segment definitions). Each name has a reversed variant
 * with the suffix {@code _r}, as in matplotlib.
 *
 * <p>As in matplotlib, {@code t} selects entry {@code floor(t * 256)}, so 0 gives the first entry and
 * 1 the last; values below 0 give the first entry, above 1 the last, and {@code NaN} a fully
 * transparent colour.
 *
 * <p><b>Immutable and thread-safe.</b>
 */
public final class Colormap {
  /** Number of entries in the lookup table. */
  public static final int SIZE = ColormapTables.SIZE;

  private final String name;
  private final double[] rgb; // SIZE * 3, 0..1
  private final int[] argb;   // SIZE, opaque

  private Colormap(String name, double[] rgb) {
    this.name = name;
    this.rgb = rgb;
    this.argb = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      argb[i] = 0xff000000 | (toByte(rgb[3 * i]) << 16) | (toByte(rgb[3 * i + 1]) << 8)
          | toByte(rgb[3 * i + 2]);
    }
  }

  /**
   * The colormap named {@code name}: one of {@link #names()}.
   *
   * @throws IllegalArgumentException if the name is unknown; the message lists the known names
   */
  public static Colormap of(String name) {
    Objects.requireNonNull(name, "name");
    double[] table = ColormapTables.table(name);
    if (table == null) {
      throw new IllegalArgumentException(
          "colormap must be one of " + names() + ", was \"" + name + "\"");
    }
    return new Colormap(name, table);
  }

  /** The known names, each followed by its reversed {@code _r} variant. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (String base : ColormapTables.baseNames()) {
      names.add(base);
      names.add(base + "_r");
    }
    return Collections.unmodifiableList(names);
  }

  /** The name this colormap was made with, such as {@code "viridis"} or {@code "jet_r"}. */
  public String name() {
    return name;
  }

  /** The same colours in the opposite order, named with {@code _r} added (or removed). */
  public Colormap reversed() {
    String reversedName = name.endsWith("_r") ? name.substring(0, name.length() - 2) : name + "_r";
    return of(reversedName);
  }

  /** The colour for {@code t} in 0..1 (see the class comment for values outside). */
  public Color at(double t) {
    return new Color(argbAt(t), true);
  }

  /** {@link #at} as a packed ARGB int, for drawing loops. */
  public int argbAt(double t) {
    if (Double.isNaN(t)) {
      return 0;
    }
    return argb[index(t)];
  }

  /** Entry {@code i} (0..255) of the lookup table as r, g, b in 0..1, as matplotlib holds it. */
  public double[] entry(int i) {
    if (i < 0 || i >= SIZE) {
      throw new IllegalArgumentException("i must be 0.." + (SIZE - 1) + ", was " + i);
    }
    return new double[] {rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]};
  }

  /** The lookup-table index for {@code t}: {@code floor(t * SIZE)} clamped to the table. */
  static int index(double t) {
    double x = t * SIZE;
    if (!(x > 0)) {
      return 0;
    }
    return x >= SIZE - 1 ? SIZE - 1 : (int) x;
  }

  private static int toByte(double v) {
    return (int) Math.rint(v * 255); // rounds half to even, like matplotlib's to_hex
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Colormap other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "Colormap[" + name + "]";
  }
}
