package dev.chartserve.figure.internal.style;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * A string cut into runs of one font each: the font it is drawn in where that font has the glyphs,
 * the first {@link FontFallback} face that has them elsewhere. Strings the font shows whole are one
 * run and keep their exact drawing path.
 *
 * <p>Thread-safe: static functions of their arguments and the immutable registry.
 */
public final class TextRuns {
  private TextRuns() {
  }

  /** One run: its characters and the font that draws them. */
  public record Run(String text, Font font) {
  }

  /** Whether {@code font} lacks a glyph of {@code s} that a fallback face has. */
  public static boolean needsFallback(Font font, String s) {
    int missing = font.canDisplayUpTo(s);
    if (missing < 0) {
      return false;
    }
    FontFallback fallback = FontFallback.current();
    for (int i = missing; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int cp = s.codePointAt(i);
      if (!font.canDisplay(cp) && fallback.fontFor(cp, font) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The runs of {@code s}, in logical order. Spaces and other characters both fonts have stay in the
   * run they are in, so a Chinese phrase with spaces is one run.
   */
  public static List<Run> runs(Font font, String s) {
    FontFallback fallback = FontFallback.current();
    List<Run> runs = new ArrayList<>();
    Font current = null;
    int start = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      Font wanted;
      if (current != null && current != font && current.canDisplay(cp) && !Character.isLetter(cp)) {
        wanted = current; // punctuation and spaces stay in the fallback run
      } else if (font.canDisplay(cp)) {
        wanted = font;
      } else {
        Font other = fallback.fontFor(cp, font);
        wanted = other != null ? other : font;
      }
      if (current != null && !wanted.equals(current)) {
        runs.add(new Run(s.substring(start, i), current));
        start = i;
      }
      current = wanted;
      i += Character.charCount(cp);
    }
    if (current != null) {
      runs.add(new Run(s.substring(start), current));
    }
    return runs;
  }

  /** How far a run advances the pen: the same measure for drawing and for layout. */
  public static double advance(Run run, FontRenderContext frc) {
    return run.font.getStringBounds(run.text, frc).getWidth();
  }

  /** {@code s} with each run's font as its {@link TextAttribute#FONT}, for a {@code TextLayout}. */
  public static AttributedString attributed(Font font, String s) {
    AttributedString text = new AttributedString(s);
    int at = 0;
    for (Run run : runs(font, s)) {
      text.addAttribute(TextAttribute.FONT, run.font, at, at + run.text.length());
      at += run.text.length();
    }
    return text;
  }
}
