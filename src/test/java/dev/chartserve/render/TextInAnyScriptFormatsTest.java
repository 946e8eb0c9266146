package dev.chartserve.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.internal.style.FontFallback;
import dev.chartserve.figure.internal.style.Fonts;

@ExtendWith(HeadlessAwt.class)
class TextInAnyScriptFormatsTest {
  private static void requireCjk() {
    if (FontFallback.current().fontFor('中', Fonts.regular(10)) == null) {
      fail("no installed face draws Chinese: install Debian's fonts-noto-cjk"
          + " (apt-get install fonts-noto-cjk; CI installs it)");
    }
  }

  private static Figure chart(String title) {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(new double[] {0, 1, 2}, new double[] {1, 3, 2});
    ax.setTitle(title);
    ax.setXLabel("时间");
    ax.setYLabel("温度");
    return figure;
  }

  @Test
  void twoDifferentChineseTitlesGiveDifferentPngs() {
    requireCjk();
    assertFalse(Arrays.equals(Renderer.render(chart("北京的气温"), ImageFormat.PNG),
        Renderer.render(chart("上海的气温"), ImageFormat.PNG)));
  }

  @Test
  void aRotatedChineseAxisLabelIsDrawnInTheFallbackFace() {
    requireCjk();
    Figure beijing = chart("标题");
    beijing.axes().get(0).setYLabel("北京的气温");
    Figure shanghai = chart("标题");
    shanghai.axes().get(0).setYLabel("上海的气温");
    assertFalse(Arrays.equals(Renderer.render(beijing, ImageFormat.PNG), Renderer.render(shanghai, ImageFormat.PNG)));
  }

  @Test
  void chineseTickLabelsAreDrawnInTheFallbackFace() {
    requireCjk();
    Figure north = chart("标题");
    north.axes().get(0).setXTicks(new double[] {0, 1, 2}, java.util.List.of("一月", "二月", "三月"));
    Figure south = chart("标题");
    south.axes().get(0).setXTicks(new double[] {0, 1, 2}, java.util.List.of("四月", "五月", "六月"));
    assertFalse(Arrays.equals(Renderer.render(north, ImageFormat.PNG), Renderer.render(south, ImageFormat.PNG)));
  }

  @Test
  void chineseLegendEntriesAreDrawnInTheFallbackFace() {
    requireCjk();
    Figure north = chart("标题");
    north.axes().get(0).plot(new double[] {0, 2}).setLabel("北方");
    north.axes().get(0).legend();
    Figure south = chart("标题");
    south.axes().get(0).plot(new double[] {0, 2}).setLabel("南方");
    south.axes().get(0).legend();
    assertFalse(Arrays.equals(Renderer.render(north, ImageFormat.PNG), Renderer.render(south, ImageFormat.PNG)));
  }

  @Test
  void twoDifferentChineseTitlesGiveDifferentJpegs() {
    requireCjk();
    assertFalse(Arrays.equals(Renderer.render(chart("北京的气温"), ImageFormat.JPEG),
        Renderer.render(chart("上海的气温"), ImageFormat.JPEG)));
  }

  @Test
  void svgKeepsChineseAsTextInTheFallbackFamily() {
    requireCjk();
    String svg = new String(Renderer.render(chart("北京的气温"), ImageFormat.SVG), StandardCharsets.UTF_8);
    assertTrue(svg.contains(">北京的气温</text"), "title as <text>");
    assertTrue(svg.contains("Noto Sans CJK SC"), "fallback family named");
  }

  @Test
  void pdfEmbedsTheFallbackFaceAndKeepsChineseAsText() throws IOException {
    requireCjk();
    byte[] pdf = Renderer.render(chart("北京的气温"), ImageFormat.PDF);
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("+NotoSansCJK"), "fallback face embedded as a subset");
    PdfReader reader = new PdfReader(pdf);
    try {
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(text.contains("北京的气温"), text);
    } finally {
      reader.close();
    }
  }

  @Test
  void chineseChartsRenderTheSameBytesTwice() {
    requireCjk();
    for (ImageFormat format : ImageFormat.values()) {
      assertTrue(Arrays.equals(Renderer.render(chart("北京的气温"), format),
          Renderer.render(chart("北京的气温"), format)), format.toString());
    }
  }
}
