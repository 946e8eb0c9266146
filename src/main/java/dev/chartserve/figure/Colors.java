package dev.chartserve.figure;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Colours as matplotlib spells them: single letters ({@code "b"}, {@code "g"}, {@code "r"},
 * {@code "c"}, {@code "m"}, {@code "y"}, {@code "k"}, {@code "w"}, with matplotlib's values), the
 * default cycle {@code "C0"}..{@code "C9"} (tab10), {@code "tab:blue"}.., CSS4 names
 * ({@code "orange"}, {@code "gray"}/{@code "grey"}, ...), hex {@code "#rrggbb"} and
 * {@code "#rrggbbaa"}, grey levels {@code "0.0"}..{@code "1.0"} and {@code "none"} (transparent).
 *
 * <p>Thread-safe: stateless.
 */
public final class Colors {
  private static final String[] CYCLE = {
      "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
      "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
  private static final String[] TAB_NAMES = {
      "blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"};

  private static final Map<String, Color> BASE = Map.of(
      "b", new Color(0, 0, 255),
      "g", new Color(0, 128, 0),   // (0, 0.5, 0)
      "r", new Color(255, 0, 0),
      "c", new Color(0, 191, 191), // (0, 0.75, 0.75)
      "m", new Color(191, 0, 191),
      "y", new Color(191, 191, 0),
      "k", new Color(0, 0, 0),
      "w", new Color(255, 255, 255));

  private static final Map<String, String> CSS4 = Map.ofEntries(
      Map.entry("black", "#000000"), Map.entry("white", "#ffffff"),
      Map.entry("red", "#ff0000"), Map.entry("green", "#008000"), Map.entry("blue", "#0000ff"),
      Map.entry("yellow", "#ffff00"), Map.entry("cyan", "#00ffff"), Map.entry("aqua", "#00ffff"),
      Map.entry("magenta", "#ff00ff"), Map.entry("fuchsia", "#ff00ff"),
      Map.entry("gray", "#808080"), Map.entry("grey", "#808080"),
      Map.entry("darkgray", "#a9a9a9"), Map.entry("darkgrey", "#a9a9a9"),
      Map.entry("lightgray", "#d3d3d3"), Map.entry("lightgrey", "#d3d3d3"),
      Map.entry("dimgray", "#696969"), Map.entry("dimgrey", "#696969"),
      Map.entry("silver", "#c0c0c0"), Map.entry("whitesmoke", "#f5f5f5"),
      Map.entry("orange", "#ffa500"), Map.entry("darkorange", "#ff8c00"),
      Map.entry("purple", "#800080"), Map.entry("violet", "#ee82ee"),
      Map.entry("brown", "#a52a2a"), Map.entry("pink", "#ffc0cb"), Map.entry("olive", "#808000"),
      Map.entry("navy", "#000080"), Map.entry("teal", "#008080"), Map.entry("maroon", "#800000"),
      Map.entry("lime", "#00ff00"), Map.entry("gold", "#ffd700"), Map.entry("indigo", "#4b0082"),
      Map.entry("darkblue", "#00008b"), Map.entry("darkgreen", "#006400"),
      Map.entry("darkred", "#8b0000"), Map.entry("lightblue", "#add8e6"),
      Map.entry("lightgreen", "#90ee90"), Map.entry("skyblue", "#87ceeb"),
      Map.entry("steelblue", "#4682b4"), Map.entry("royalblue", "#4169e1"),
      Map.entry("tomato", "#ff6347"), Map.entry("salmon", "#fa8072"), Map.entry("coral", "#ff7f50"),
      Map.entry("crimson", "#dc143c"), Map.entry("firebrick", "#b22222"),
      Map.entry("forestgreen", "#228b22"), Map.entry("seagreen", "#2e8b57"),
      Map.entry("tan", "#d2b48c"), Map.entry("beige", "#f5f5dc"), Map.entry("khaki", "#f0e68c"),
      Map.entry("turquoise", "#40e0d0"), Map.entry("orchid", "#da70d6"),
      Map.entry("plum", "#dda0dd"), Map.entry("chocolate", "#d2691e"),
      Map.entry("sienna", "#a0522d"), Map.entry("goldenrod", "#daa520"),
      Map.entry("slategray", "#708090"), Map.entry("slategrey", "#708090"));

  private Colors() {
  }

  /**
   * The colour {@code spec} names, matplotlib's way.
   *
   * @throws IllegalArgumentException if {@code spec} is not a colour matplotlib would accept
   */
  public static Color parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String s = spec.trim();
    Color base = BASE.get(s);
    if (base != null) {
      return base;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("#")) {
      return hex(spec, lower);
    }
    if (lower.length() == 2 && lower.charAt(0) == 'c' && Character.isDigit(lower.charAt(1))) {
      return cycle(lower.charAt(1) - '0');
    }
    if (lower.equals("none")) {
      return new Color(0, 0, 0, 0);
    }
    if (lower.startsWith("tab:")) {
      String name = lower.substring(4);
      for (int i = 0; i < TAB_NAMES.length; i++) {
        if (TAB_NAMES[i].equals(name) || (name.equals("grey") && i == 7)) {
          return cycle(i);
        }
      }
    }
    String css = CSS4.get(lower);
    if (css != null) {
      return hex(spec, css);
    }
    if (!lower.isEmpty() && (Character.isDigit(lower.charAt(0)) || lower.charAt(0) == '.')) {
      try {
        double level = Double.parseDouble(lower);
        if (level >= 0 && level <= 1) {
          int v = (int) Math.round(level * 255);
          return new Color(v, v, v);
        }
      } catch (NumberFormatException e) {
        // not a grey level: reported below
      }
    }
    throw new IllegalArgumentException("not a colour: \"" + spec + "\"");
  }

  /** Colour {@code index} (taken modulo 10) of matplotlib's default cycle, {@code "C0"}..{@code "C9"}. */
  public static Color cycle(int index) {
    return hex("C" + index, CYCLE[Math.floorMod(index, CYCLE.length)]);
  }

  private static Color hex(String spec, String hex) {
    if (hex.length() != 7 && hex.length() != 9) {
      throw new IllegalArgumentException("not a colour: \"" + spec + "\" (use #rrggbb or #rrggbbaa)");
    }
    for (int i = 1; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw new IllegalArgumentException("not a colour: \"" + spec + "\" (use #rrggbb or #rrggbbaa)");
      }
    }
    try {
      int r = Integer.parseInt(hex.substring(1, 3), 16);
      int g = Integer.parseInt(hex.substring(3, 5), 16);
      int b = Integer.parseInt(hex.substring(5, 7), 16);
      int a = hex.length() == 9 ? Integer.parseInt(hex.substring(7, 9), 16) : 255;
      return new Color(r, g, b, a);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a colour: \"" + spec + "\" (use #rrggbb or #rrggbbaa)");
    }
  }
}
