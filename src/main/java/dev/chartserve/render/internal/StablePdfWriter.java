package dev.chartserve.render.internal;

import java.io.OutputStream;
import java.util.LinkedHashMap;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfWriter;

/**
 * An OpenPDF writer whose output does not depend on identity hash codes. {@link PdfWriter} keeps
 * shadings, patterns, spot colours and properties in {@code HashMap}s keyed by objects without
 * {@code hashCode}, and numbers their PDF objects in that map's order: two gradients (JFreeChart's
 * default bar painter draws one per bar) could come out in a different order on each run. Here those
 * maps keep insertion order, that is drawing order.
 */
final class StablePdfWriter extends PdfWriter {
  private StablePdfWriter(PdfDocument pdf, OutputStream out) {
    super(pdf, out);
    documentColors = new LinkedHashMap<>();
    documentPatterns = new LinkedHashMap<>();
    documentShadingPatterns = new LinkedHashMap<>();
    documentShadings = new LinkedHashMap<>();
    documentProperties = new LinkedHashMap<>();
    documentSpotPatterns = new LinkedHashMap<>();
  }

  /** What {@link PdfWriter#getInstance(Document, OutputStream)} does, with this writer. */
  static StablePdfWriter open(Document document, OutputStream out) throws DocumentException {
    PdfDocument pdf = new PdfDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    StablePdfWriter writer = new StablePdfWriter(pdf, out);
    pdf.addWriter(writer);
    return writer;
  }
}
