package dev.chartserve.web.internal;

import java.util.List;

import dev.chartserve.figure.internal.style.FontFallback;
import dev.chartserve.figure.internal.style.Fonts;

/**
 * What ChartServe found when the application started: whether AWT is headless, which font families
 * work, and how drawing its first charts went ({@link Startup}). Immutable.
 *
 * @param headless          {@code GraphicsEnvironment.isHeadless()} after the check
 * @param headlessSource    who decided: {@code "set by ChartServe"}, or the system property's own value
 * @param fontFamilies      the font families the JVM can use; empty when fonts are broken
 * @param fontError         what broke fonts, with what to install; {@code null} when they work
 * @param firstChartsMillis how long drawing and encoding the first charts took
 * @param firstChartsError  why drawing the first charts failed; {@code null} when it worked
 */
public record StartupReport(
    boolean headless,
    String headlessSource,
    List<String> fontFamilies,
    String fontError,
    long firstChartsMillis,
    String firstChartsError) {

  public StartupReport {
    fontFamilies = List.copyOf(fontFamilies);
  }

  /** True when charts can be drawn: fonts work and the first charts were drawn. */
  public boolean canRender() {
    return fontError == null && firstChartsError == null;
  }

  /** Why charts cannot be drawn, for an error response; {@code null} when they can. */
  public String renderProblem() {
    return fontError != null ? fontError : firstChartsError;
  }

  /**
   * Which face draws which scripts, e.g. {@code DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew),
   * Noto Sans CJK SC (Han, Hiragana, Katakana, Hangul)}.
   */
  public String scripts() {
    return FontFallback.current().describe(Fonts.regular(10));
  }

  /** The one line logged at start-up. */
  public String summary() {
    StringBuilder line = new StringBuilder("ChartServe started: headless=").append(headless)
        .append(" (").append(headlessSource).append("), fonts: ");
    if (fontError != null) {
      line.append("BROKEN");
    } else {
      line.append(fontFamilies.size()).append(" families (")
          .append(String.join(", ", fontFamilies.subList(0, Math.min(5, fontFamilies.size()))))
          .append(fontFamilies.size() > 5 ? ", …)" : ")")
          .append(", scripts: ").append(scripts());
    }
    line.append(", warm-up ");
    line.append(firstChartsError != null ? "FAILED" : firstChartsMillis + " ms");
    return line.toString();
  }
}
