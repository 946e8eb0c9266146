package dev.chartserve.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfName;

import dev.chartserve.figure.Figure;

/**
 * A one-page PDF through OpenPDF's {@link PdfGraphics2D}. The page is the figure's size in points; the
 * figure is drawn with a pre-scale of 72/dpi, so it is laid out exactly as in the raster formats.
 * Text is real text in the embedded DejaVu Sans ({@link PdfFonts}); should the bundled fonts be
 * missing, text is drawn as outlines instead.
 *
 * <p>Output is deterministic: no CreationDate or ModDate, a file {@code /ID} derived from the page's
 * content instead of the clock, subset tags derived from the font, and objects numbered in drawing
 * order ({@link StablePdfWriter}). The {@code /Producer} names the OpenPDF version, so it changes only
 * with the library.
 */
public final class PdfEncoder {
  private static final double POINTS_PER_INCH = 72;

  private PdfEncoder() {
  }

  public static void encode(Figure figure, OutputStream out) throws IOException {
    double dpi = figure.dpi();
    float width = (float) (figure.pixelWidth() * POINTS_PER_INCH / dpi);
    float height = (float) (figure.pixelHeight() * POINTS_PER_INCH / dpi);
    Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
    // On failure the document is dropped unclosed: closing would append a trailer to a broken file
    // in the caller's stream. It holds nothing but memory.
    try {
      StablePdfWriter writer = StablePdfWriter.open(document, out);
      writer.setCloseStream(false); // the caller owns out
      writer.setCompressionLevel(6); // zlib's default level, stated explicitly
      document.open();
      writer.setPageEmpty(false); // an empty figure is still a page
      PdfContentByte content = writer.getDirectContent();
      draw(figure, content, width, height, dpi);
      fixMetadata(writer.getInfo(), fileId(content, width, height));
      document.close();
    } catch (DocumentException e) {
      throw new IOException("OpenPDF could not write the figure: " + e.getMessage(), e);
    }
  }

  private static void draw(Figure figure, PdfContentByte content, float width, float height, double dpi) {
    Optional<PdfFonts> fonts = PdfFonts.forOneDocument();
    PdfGraphics2D g = new PdfGraphics2D(content, width, height, fonts.orElse(null), fonts.isEmpty(), false, 0f);
    try {
      // Our mapper sends every font to DejaVu Sans; OpenPDF's slot lookup would only add reflection.
      g.setCompositeFontDrawerEnabled(false);
      g.scale(POINTS_PER_INCH / dpi, POINTS_PER_INCH / dpi);
      figure.draw(g);
    } finally {
      g.dispose();
    }
  }

  /** The dates would change every second; the file ID replaces OpenPDF's, which comes from the clock. */
  private static void fixMetadata(PdfDictionary info, byte[] fileId) {
    info.remove(PdfName.CREATIONDATE);
    info.remove(PdfName.MODDATE);
    // OpenPDF takes the trailer's /ID from this entry when it is present (it also stays in /Info).
    info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
  }

  /** 16 bytes of SHA-256 over the page size and content stream: same drawing, same ID. */
  private static byte[] fileId(PdfContentByte content, float width, float height) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(ByteBuffer.allocate(8).putFloat(width).putFloat(height).array());
      com.lowagie.text.pdf.ByteBuffer buffer = content.getInternalBuffer();
      sha.update(buffer.getBuffer(), 0, buffer.size());
      return Arrays.copyOf(sha.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
