package dev.chartserve.render.internal;

import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;

/** The JDK's own ImageIO writers. A new writer per image: ImageIO writers are not thread-safe. */
final class ImageWriters {
  /** Metres per inch, for formats that state resolution per metre (PNG). */
  static final double METRES_PER_INCH = 0.0254;

  private ImageWriters() {
  }

  static ImageWriter forFormat(String formatName) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName);
    while (writers.hasNext()) {
      ImageWriter writer = writers.next();
      // Prefer the JDK's writer: a plugin jar elsewhere in the server must not change our bytes.
      if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
        return writer;
      }
      writer.dispose();
    }
    Iterator<ImageWriter> any = ImageIO.getImageWritersByFormatName(formatName);
    if (!any.hasNext()) {
      throw new IllegalStateException("this JDK has no " + formatName + " ImageWriter");
    }
    return any.next();
  }
}
