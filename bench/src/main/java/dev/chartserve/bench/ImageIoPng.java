package dev.chartserve.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * ChartServe's PNG encoder before issue 6's own encoder replaced it, kept here as the "before" of every
 * comparison: the JDK's ImageIO writer, into memory, deflate level 4 (quality 0.5), dpi in {@code pHYs}.
 */
final class ImageIoPng {
  private static final String NATIVE_FORMAT = "javax_imageio_png_1.0";

  private ImageIoPng() {
  }

  static void encode(BufferedImage image, double dpi, OutputStream out) throws IOException {
    ImageWriter writer = jdkWriter();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.5f);
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      String perMetre = Long.toString(Math.round(dpi / 0.0254));
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode(NATIVE_FORMAT);
      root.appendChild(phys);
      metadata.mergeTree(NATIVE_FORMAT, root);
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
  }

  private static ImageWriter jdkWriter() {
    for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("png"); it.hasNext();) {
      ImageWriter writer = it.next();
      if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
        return writer;
      }
    }
    throw new IllegalStateException("no JDK PNG writer");
  }
}
