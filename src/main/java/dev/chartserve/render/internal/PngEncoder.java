package dev.chartserve.render.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG through the JDK's own writer, into memory (no temp files), with an explicit compression level
 * and the resolution in a {@code pHYs} chunk (pixels per metre), as matplotlib writes it.
 */
public final class PngEncoder {
  private static final String NATIVE_FORMAT = "javax_imageio_png_1.0";

  private PngEncoder() {
  }

  /** Encodes {@code image} with {@code dpi} recorded in its {@code pHYs} chunk. */
  public static void encode(BufferedImage image, double dpi, OutputStream out) throws IOException {
    encode(image, Math.round(dpi / ImageWriters.METRES_PER_INCH), out);
  }

  /** Encodes {@code image} without a {@code pHYs} chunk (for images embedded in other formats). */
  public static void encode(BufferedImage image, OutputStream out) throws IOException {
    encode(image, 0L, out);
  }

  private static void encode(BufferedImage image, long pixelsPerMetre, OutputStream out)
      throws IOException {
    ImageWriter writer = ImageWriters.forFormat("png");
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.5f); // deflate level 4 of 9, the JDK's default, stated explicitly
      IIOMetadata metadata = null;
      if (pixelsPerMetre > 0) {
        metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        setPhysicalPixelSize(metadata, pixelsPerMetre);
      }
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
  }

  private static void setPhysicalPixelSize(IIOMetadata metadata, long pixelsPerMetre)
      throws IIOInvalidTreeException {
    String perMetre = Long.toString(Math.min(pixelsPerMetre, 0xFFFF_FFFFL));
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", perMetre);
    phys.setAttribute("pixelsPerUnitYAxis", perMetre);
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode(NATIVE_FORMAT);
    root.appendChild(phys);
    metadata.mergeTree(NATIVE_FORMAT, root);
  }
}
