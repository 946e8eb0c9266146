package dev.chartserve.render.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ErrorHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGGraphics2DRuntimeException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Batik generator context for one document, with nothing shared between threads: its own number
 * formatter (Batik's default is a static {@code DecimalFormat}, which is not thread-safe), its own id
 * counters, images as PNG data URIs through the JDK's encoder, and errors logged instead of printed.
 */
final class SvgContext extends SVGGeneratorContext {
  /** Decimals in coordinates, in points: a thousandth of a point is far below any visible difference. */
  private static final int DECIMALS = 3;
  private static final String COMMENT = " Created by ChartServe ";
  private static final System.Logger LOG = System.getLogger(SvgContext.class.getName());

  SvgContext(Document document) {
    super(document);
    setIDGenerator(new SVGIDGenerator());
    setExtensionHandler(new DefaultExtensionHandler());
    setImageHandler(new PngImageHandler());
    setStyleHandler(new GenericFallbackStyleHandler());
    setErrorHandler(new LoggingErrorHandler());
    setComment(COMMENT);
    setPrecision(DECIMALS);
    // After setPrecision, which would put back the shared formatter.
    decimalFormat = new DecimalFormat("#." + "#".repeat(DECIMALS), DecimalFormatSymbols.getInstance(Locale.US));
  }

  /** Embedded images as base64 PNG, through the JDK's writer (Batik's own needs its codec jar). */
  private static final class PngImageHandler extends ImageHandlerBase64Encoder {
    @Override
    public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
      try {
        PngEncoder.encode(toBufferedImage(image), out);
      } catch (IOException e) {
        throw new SVGGraphics2DIOException("cannot encode an image as PNG", e);
      }
    }

    private static BufferedImage toBufferedImage(RenderedImage image) {
      if (image instanceof BufferedImage buffered) {
        return buffered;
      }
      BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = copy.createGraphics();
      try {
        g.drawRenderedImage(image, null);
      } finally {
        g.dispose();
      }
      return copy;
    }
  }

  /**
   * Adds a generic family after a named one ({@code 'DejaVu Sans', sans-serif}): a viewer without the
   * named font then picks a sans-serif face, not its default (often a serif one).
   */
  private static final class GenericFallbackStyleHandler extends DefaultStyleHandler {
    private static final String FONT_FAMILY = "font-family";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // Batik's interface predates generics
    public void setStyle(Element element, Map styleMap, SVGGeneratorContext generatorContext) {
      Object family = styleMap.get(FONT_FAMILY);
      if (family instanceof String named && named.startsWith("'")) {
        Map<Object, Object> withFallback = new HashMap<>(styleMap);
        withFallback.put(FONT_FAMILY, named + ", " + genericFamily(named));
        super.setStyle(element, withFallback, generatorContext);
      } else {
        super.setStyle(element, styleMap, generatorContext);
      }
    }

    private static String genericFamily(String named) {
      String name = named.toLowerCase(Locale.ROOT);
      if (name.contains("mono")) {
        return "monospace";
      }
      return name.contains("serif") && !name.contains("sans") ? "serif" : "sans-serif";
    }
  }

  /** I/O errors fail the render; what SVG cannot express (XOR mode…) is logged at DEBUG and skipped. */
  private static final class LoggingErrorHandler implements ErrorHandler {
    @Override
    public void handleError(SVGGraphics2DIOException e) throws SVGGraphics2DIOException {
      throw e;
    }

    @Override
    public void handleError(SVGGraphics2DRuntimeException e) {
      LOG.log(Level.DEBUG, "SVG cannot express this drawing operation: {0}", e.getMessage());
    }
  }
}
