package dev.chartserve.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.lowagie.text.pdf.BaseFont;

import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class PdfFontsTest {
  @Test
  void subsetTagsAreSixCapitalsFixedPerFace() {
    String regular = PdfFonts.subsetTag("DejaVuSans.ttf");
    assertTrue(regular.matches("[A-Z]{6}"), regular);
    assertEquals(regular, PdfFonts.subsetTag("DejaVuSans.ttf"));
    assertNotEquals(regular, PdfFonts.subsetTag("DejaVuSans-Bold.ttf"));
  }

  @Test
  void boldFacesMapToDejaVuSansBoldAndTheRestToDejaVuSans() {
    PdfFonts fonts = PdfFonts.forOneDocument().orElseThrow();
    BaseFont plain = fonts.awtToPdf(new Font("SansSerif", Font.PLAIN, 10));
    BaseFont bold = fonts.awtToPdf(new Font("SansSerif", Font.BOLD, 10));
    assertEquals("DejaVuSans", plain.getPostscriptFontName());
    assertEquals("DejaVuSans-Bold", bold.getPostscriptFontName());
    assertEquals(plain, fonts.awtToPdf(new Font("Serif", Font.ITALIC, 12)), "one face per document");
  }
}
