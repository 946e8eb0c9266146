package dev.chartserve.figure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.internal.style.FontFallback;
import dev.chartserve.figure.internal.style.Fonts;
import dev.chartserve.figure.internal.style.TextRuns;
import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class TextInAnyScriptTest {
  static final String INSTALL = "no installed face draws Chinese: install Debian's fonts-noto-cjk"
      + " (apt-get install fonts-noto-cjk; CI installs it)";

  /** Fails, rather than passing without the font, when no CJK face is installed. */
  static void requireCjk() {
    if (FontFallback.current().fontFor('中', Fonts.regular(10)) == null) {
      fail(INSTALL);
    }
  }

  private static BufferedImage draw(String s, boolean fallback) {
    BufferedImage image = new BufferedImage(200, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D raw = image.createGraphics();
    raw.setColor(Color.WHITE);
    raw.fillRect(0, 0, 200, 40);
    raw.setColor(Color.BLACK);
    raw.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    Graphics2D g = fallback ? new DeadlineGraphics2D(raw, Deadline.none()) : raw;
    g.setFont(Fonts.regular(20));
    g.drawString(s, 5f, 28f);
    raw.dispose();
    return image;
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  @Test
  void chineseIsDrawnInTheFallbackFaceNotAsNotdefBoxes() {
    requireCjk();
    assertFalse(Arrays.equals(pixels(draw("中文标题", false)), pixels(draw("中文标题", true))));
    // the boxes of two different strings are the same; the glyphs are not
    assertTrue(Arrays.equals(pixels(draw("中文", false)), pixels(draw("标题", false))));
    assertFalse(Arrays.equals(pixels(draw("中文", true)), pixels(draw("标题", true))));
  }

  @Test
  void koreanIsDrawnInTheFallbackFace() {
    requireCjk();
    List<TextRuns.Run> runs = TextRuns.runs(Fonts.regular(10), "한국어 제목");
    assertEquals(1, runs.size());
    assertTrue(runs.get(0).font().getFamily().startsWith("Noto Sans CJK"), runs.get(0).font().getFamily());
    assertFalse(Arrays.equals(pixels(draw("한국어", true)), pixels(draw("제목이", true))));
  }

  @Test
  void latinTextKeepsItsExactDrawingPath() {
    assertFalse(TextRuns.needsFallback(Fonts.regular(10), "Température moyenne (°C) αβγ"));
    assertTrue(Arrays.equals(pixels(draw("Walk of the drunkard", false)), pixels(draw("Walk of the drunkard", true))));
  }

  @Test
  void mixedTextIsCutIntoRunsPerFont() {
    requireCjk();
    List<TextRuns.Run> runs = TextRuns.runs(Fonts.regular(10), "Sales 销售额 2024");
    assertEquals("Sales ", runs.get(0).text());
    assertEquals("DejaVu Sans", runs.get(0).font().getFamily());
    assertEquals("Noto Sans CJK SC", runs.get(1).font().getFamily());
    assertTrue(runs.get(1).text().startsWith("销售额"), runs.get(1).text());
  }

  @Test
  void arabicIsShapedNotDrawnInIsolatedForms() {
    // ﻉ ﺭ ﺏ ﻱ: the isolated presentation forms of the letters of عربي
    assertFalse(Arrays.equals(pixels(draw("عربي", true)), pixels(draw("\uFEC9\uFEAD\uFE8F\uFEF1", true))));
  }

  @Test
  void hebrewIsDrawnRightToLeft() {
    String alefBet = "אב";
    BufferedImage expected = new BufferedImage(200, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = expected.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 40);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    Font font = Fonts.regular(20);
    g.setFont(font);
    g.drawString("ב", 5f, 28f); // bet first, on the left: read right to left, alef comes first
    g.drawString("א", 5f + (float) font.getStringBounds("ב", g.getFontRenderContext()).getWidth(), 28f);
    g.dispose();
    assertTrue(Arrays.equals(pixels(expected), pixels(draw(alefBet, true))));
  }

  @Test
  void fallbackTextIsMeasuredAsItIsDrawnSoLayoutDoesNotOverlap() {
    requireCjk();
    BufferedImage image = draw("温度 (摄氏度)", true);
    Graphics2D g = new DeadlineGraphics2D(image.createGraphics(), Deadline.none());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    int width = g.getFontMetrics(Fonts.regular(20)).stringWidth("温度 (摄氏度)");
    double bounds = g.getFontMetrics(Fonts.regular(20)).getStringBounds("温度 (摄氏度)", g).getWidth();
    g.dispose();
    assertEquals(width, bounds, 1);
    int inkRight = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          inkRight = x;
        }
      }
    }
    assertTrue(inkRight <= 5 + width, "ink ends at " + inkRight + ", measured end " + (5 + width));
    assertTrue(inkRight > 5 + width - 20, "ink ends at " + inkRight + ", measured end " + (5 + width));
    // DejaVu Sans alone would measure the boxes, not the CJK advances
    assertNotEquals(width, image.createGraphics().getFontMetrics(Fonts.regular(20)).stringWidth("温度 (摄氏度)"));
  }

  @Test
  void theReportNamesWhichFaceServesWhichScripts() {
    requireCjk();
    String line = FontFallback.current().describe(Fonts.regular(10));
    assertTrue(line.startsWith("DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew"), line);
    assertTrue(line.contains("Noto Sans CJK SC (Han, Hiragana, Katakana, Hangul)"), line);
  }
}
