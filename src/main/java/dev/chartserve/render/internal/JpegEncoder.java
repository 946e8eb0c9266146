package dev.chartserve.render.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.w3c.dom.Node;

/**
 * Baseline JPEG through the JDK's own writer, into memory, at an explicit quality, with the dpi in the
 * JFIF header. Chroma is not subsampled (4:4:4): charts are thin coloured lines and small text, which
 * the usual 4:2:0 smears.
 */
public final class JpegEncoder {
  private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";

  private JpegEncoder() {
  }

  /** Encodes {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB} (JPEG has no alpha). */
  public static void encode(BufferedImage image, double dpi, float quality, OutputStream out)
      throws IOException {
    if (image.getColorModel().hasAlpha()) {
      throw new IllegalArgumentException("JPEG has no alpha channel: draw the image as RGB");
    }
    ImageWriter writer = ImageWriters.forFormat("jpeg");
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      setDensityAndSampling(metadata, dpi);
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
  }

  private static void setDensityAndSampling(IIOMetadata metadata, double dpi)
      throws IIOInvalidTreeException {
    Node root = metadata.getAsTree(NATIVE_FORMAT);
    String density = Long.toString(Math.max(1, Math.min(Math.round(dpi), 0xFFFF)));
    for (Node node : descendants(root)) {
      IIOMetadataNode element = (IIOMetadataNode) node;
      switch (element.getNodeName()) {
        case "app0JFIF" -> {
          element.setAttribute("resUnits", "1"); // dots per inch
          element.setAttribute("Xdensity", density);
          element.setAttribute("Ydensity", density);
        }
        case "componentSpec" -> {
          element.setAttribute("HsamplingFactor", "1");
          element.setAttribute("VsamplingFactor", "1");
        }
        default -> {
        }
      }
    }
    metadata.setFromTree(NATIVE_FORMAT, root);
  }

  private static List<Node> descendants(Node root) {
    List<Node> all = new ArrayList<>();
    ArrayDeque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      all.add(node);
      for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
        todo.push(child);
      }
    }
    return all;
  }
}
