package dev.chartserve.figure;

import java.awt.Color;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Axes#pie} draws: the keyword arguments of matplotlib's {@code pie}. Each
 * {@code with…} method returns a new instance.
 *
 * <p>Defaults ({@link #defaults()}): colours C0…C9 of matplotlib's default cycle, in turn; no
 * percentage labels; the first wedge starts at 0° (3 o'clock); wedges run counter-clockwise.
 *
 * <p><b>Immutable and thread-safe.</b>
 */
public final class PieOptions {
  /** matplotlib's default colour cycle, C0 to C9. */
  public static final List<Color> DEFAULT_COLORS = List.of(
      new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
      new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
      new Color(0xbcbd22), new Color(0x17becf));

  private static final PieOptions DEFAULTS = new PieOptions(DEFAULT_COLORS, null, 0, true);

  private final List<Color> colors;
  private final String autopct;
  private final double startAngle;
  private final boolean counterclock;

  private PieOptions(List<Color> colors, String autopct, double startAngle, boolean counterclock) {
    this.colors = colors;
    this.autopct = autopct;
    this.startAngle = startAngle;
    this.counterclock = counterclock;
  }

  /** The defaults listed in the class comment. */
  public static PieOptions defaults() {
    return DEFAULTS;
  }

  /** Wedge colours, used in turn (cycling when there are more wedges than colours). */
  public PieOptions withColors(List<Color> colors) {
    Objects.requireNonNull(colors, "colors");
    if (colors.isEmpty()) {
      throw new IllegalArgumentException("colors must not be empty");
    }
    return new PieOptions(List.copyOf(colors), autopct, startAngle, counterclock);
  }

  /**
   * Labels each wedge inside with its percentage, formatted by {@code String.format} in the root
   * locale, such as {@code "%1.1f%%"} (matplotlib's {@code autopct="%1.1f%%"}).
   */
  public PieOptions withAutopct(String autopct) {
    Objects.requireNonNull(autopct, "autopct");
    try {
      String.format(Locale.ROOT, autopct, 12.5);
    } catch (IllegalFormatException e) {
      throw new IllegalArgumentException(
          "autopct must format one number, such as \"%1.1f%%\", was \"" + autopct + "\"", e);
    }
    return new PieOptions(colors, autopct, startAngle, counterclock);
  }

  /** Where the first wedge starts, in degrees counter-clockwise from 3 o'clock. */
  public PieOptions withStartAngle(double degrees) {
    if (!Double.isFinite(degrees)) {
      throw new IllegalArgumentException("startAngle must be finite, was " + degrees);
    }
    return new PieOptions(colors, autopct, degrees, counterclock);
  }

  /** {@code false} runs the wedges clockwise. */
  public PieOptions withCounterclock(boolean counterclock) {
    return new PieOptions(colors, autopct, startAngle, counterclock);
  }

  public List<Color> colors() {
    return colors;
  }

  /** The percentage format, if set. */
  public Optional<String> autopct() {
    return Optional.ofNullable(autopct);
  }

  public double startAngle() {
    return startAngle;
  }

  public boolean counterclock() {
    return counterclock;
  }
}
