package dev.chartserve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import dev.chartserve.figure.Figure;

@ExtendWith(HeadlessAwt.class)
class PdfFormatTest {
  @Test
  void opensWithOnePageOfTheFigureSizeInPoints() throws IOException {
    PdfReader reader = new PdfReader(Renderer.render(TestFigures.line(), ImageFormat.PDF));
    try {
      assertEquals(1, reader.getNumberOfPages());
      Rectangle page = reader.getPageSize(1);
      assertEquals(460.8f, page.getWidth(), 0.01f);
      assertEquals(345.6f, page.getHeight(), 0.01f);
    } finally {
      reader.close();
    }
  }

  @Test
  void pageSizeFollowsThePixelSizeAndDpi() throws IOException {
    PdfReader reader = new PdfReader(Renderer.render(TestFigures.line(3, 2, 150), ImageFormat.PDF));
    try {
      assertEquals(216f, reader.getPageSize(1).getWidth(), 0.01f);
      assertEquals(144f, reader.getPageSize(1).getHeight(), 0.01f);
    } finally {
      reader.close();
    }
  }

  @Test
  void textIsRealTextInTheEmbeddedDejaVuSans() throws IOException {
    byte[] pdf = Renderer.render(TestFigures.line(), ImageFormat.PDF);
    PdfReader reader = new PdfReader(pdf);
    try {
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(text.contains(TestFigures.LINE_TITLE), text);
      assertTrue(text.contains("step"), text);
    } finally {
      reader.close();
    }
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("+DejaVuSans-Bold"), "bold title face embedded as a subset");
    assertTrue(raw.contains("+DejaVuSans"), "regular face embedded as a subset");
  }

  @Test
  void nonAsciiTextSurvives() throws IOException {
    PdfReader reader = new PdfReader(Renderer.render(TestFigures.bars(), ImageFormat.PDF));
    try {
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertTrue(text.contains(TestFigures.BAR_TITLE), text);
    } finally {
      reader.close();
    }
  }

  @Test
  void carriesNoDatesAndAnIdFromTheContent() throws IOException {
    PdfReader reader = new PdfReader(Renderer.render(TestFigures.line(), ImageFormat.PDF));
    try {
      PdfDictionary info = (PdfDictionary) PdfReader.getPdfObject(reader.getTrailer().get(PdfName.INFO));
      assertNull(info.get(PdfName.CREATIONDATE));
      assertNull(info.get(PdfName.MODDATE));
      assertNotNull(reader.getTrailer().get(PdfName.ID));
    } finally {
      reader.close();
    }
    byte[] other = Renderer.render(TestFigures.bars(), ImageFormat.PDF);
    PdfReader otherReader = new PdfReader(other);
    PdfReader again = new PdfReader(Renderer.render(TestFigures.line(), ImageFormat.PDF));
    try {
      assertTrue(!otherReader.getTrailer().get(PdfName.ID).toString()
          .equals(again.getTrailer().get(PdfName.ID).toString()), "different content, different ID");
    } finally {
      otherReader.close();
      again.close();
    }
  }

  @Test
  void imagesAreEmbedded() throws IOException {
    String raw = new String(Renderer.render(TestFigures.withImage(), ImageFormat.PDF), StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("/Subtype/Image"), "an image XObject");
  }

  @Test
  void emptyFigureIsStillOnePage() throws IOException {
    PdfReader reader = new PdfReader(Renderer.render(new Figure(2, 1, 100).setBackground(null), ImageFormat.PDF));
    try {
      assertEquals(1, reader.getNumberOfPages());
      assertEquals(144f, reader.getPageSize(1).getWidth(), 0.01f);
    } finally {
      reader.close();
    }
  }
}
