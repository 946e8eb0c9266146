package dev.chartserve.render.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG through the JDK's own writer, into memory (no temp files), with an explicit compression level.
 * A new writer per image: ImageIO writers are not thread-safe.
 */
public final class PngEncoder {
  private PngEncoder() {
  }

  public static void encode(BufferedImage image, OutputStream out) throws IOException {
    ImageWriter writer = pngWriter();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.5f); // deflate level 4 of 9, the JDK's default, stated explicitly
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  private static ImageWriter pngWriter() {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IllegalStateException("this JDK has no PNG ImageWriter");
    }
    return writers.next();
  }
}
