package dev.chartserve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import dev.chartserve.figure.Figure;

@ExtendWith(HeadlessAwt.class)
class RasterFormatsTest {
  @Test
  void pngIsFigureSizeTimesDpi() throws IOException {
    assertEquals(640, decode(Renderer.render(TestFigures.line(), ImageFormat.PNG)).getWidth());
    BufferedImage image = decode(Renderer.render(TestFigures.line(3, 2, 150), ImageFormat.PNG));
    assertEquals(450, image.getWidth());
    assertEquals(300, image.getHeight());
  }

  @Test
  void pngRecordsTheDpiInPhys() throws IOException {
    Element phys = nativeNode(Renderer.render(TestFigures.line(3, 2, 150), ImageFormat.PNG),
        "javax_imageio_png_1.0", "pHYs");
    assertEquals("meter", phys.getAttribute("unitSpecifier"));
    assertEquals("5906", phys.getAttribute("pixelsPerUnitXAxis")); // 150 / 0.0254, as matplotlib writes
    assertEquals("5906", phys.getAttribute("pixelsPerUnitYAxis"));
    Element phys100 = nativeNode(Renderer.render(TestFigures.line(), ImageFormat.PNG),
        "javax_imageio_png_1.0", "pHYs");
    assertEquals("3937", phys100.getAttribute("pixelsPerUnitXAxis"));
  }

  @Test
  void opaquePngHasNoTransparentPixels() throws IOException {
    BufferedImage image = decode(Renderer.render(TestFigures.line(), ImageFormat.PNG));
    assertEquals(255, alpha(image, 0, 0));
    assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF);
  }

  @Test
  void transparentFigureGivesPngWithAlphaZeroInTheCorner() throws IOException {
    Figure figure = new Figure(2, 1, 100).setBackground(null);
    BufferedImage image = decode(Renderer.render(figure, ImageFormat.PNG));
    assertTrue(image.getColorModel().hasAlpha());
    assertEquals(0, alpha(image, 0, 0));
    assertEquals(0, alpha(image, 199, 99));
  }

  @Test
  void transparentOptionLeavesOutTheFigureBackgroundAndPutsItBack() throws IOException {
    Figure figure = new Figure(2, 1, 100).setBackground(Color.ORANGE);
    RenderOptions transparent = RenderOptions.defaults().withTransparent(true);
    BufferedImage image = decode(Renderer.render(figure, ImageFormat.PNG, transparent));
    assertEquals(0, alpha(image, 0, 0));
    assertEquals(Color.ORANGE, figure.background());
    BufferedImage opaque = decode(Renderer.render(figure, ImageFormat.PNG));
    assertEquals(Color.ORANGE.getRGB(), opaque.getRGB(0, 0));
  }

  @Test
  void jpegDecodesToTheFigureSize() throws IOException {
    byte[] jpeg = Renderer.render(TestFigures.line(3, 2, 150), ImageFormat.JPEG);
    assertEquals(0xFF, jpeg[0] & 0xFF);
    assertEquals(0xD8, jpeg[1] & 0xFF);
    BufferedImage image = decode(jpeg);
    assertEquals(450, image.getWidth());
    assertEquals(300, image.getHeight());
    assertFalse(image.getColorModel().hasAlpha());
  }

  @Test
  void jpegRecordsTheDpiInJfif() throws IOException {
    Element jfif = nativeNode(Renderer.render(TestFigures.line(3, 2, 150), ImageFormat.JPEG),
        "javax_imageio_jpeg_image_1.0", "app0JFIF");
    assertEquals("1", jfif.getAttribute("resUnits"));
    assertEquals("150", jfif.getAttribute("Xdensity"));
    assertEquals("150", jfif.getAttribute("Ydensity"));
  }

  @Test
  void jpegKeepsFullColourResolution() throws IOException {
    Element sof = nativeNode(Renderer.render(TestFigures.line(), ImageFormat.JPEG),
        "javax_imageio_jpeg_image_1.0", "sof");
    int components = 0;
    for (Node c = sof.getFirstChild(); c != null; c = c.getNextSibling(), components++) {
      Element component = (Element) c;
      assertEquals("1", component.getAttribute("HsamplingFactor"), "4:4:4, no chroma subsampling");
      assertEquals("1", component.getAttribute("VsamplingFactor"));
    }
    assertEquals(3, components);
  }

  @Test
  void transparentFigureBecomesWhiteInJpeg() throws IOException {
    Figure figure = new Figure(2, 1, 100).setBackground(null);
    BufferedImage image = decode(Renderer.render(figure, ImageFormat.JPEG));
    int rgb = image.getRGB(0, 0) & 0xFFFFFF;
    assertTrue(rgb >= 0xFCFCFC, "expected white, was " + Integer.toHexString(rgb));
  }

  @Test
  void higherJpegQualityGivesMoreBytes() {
    Figure figure = TestFigures.line();
    int low = Renderer.render(figure, ImageFormat.JPEG, RenderOptions.defaults().withJpegQuality(0.5f)).length;
    int high = Renderer.render(figure, ImageFormat.JPEG).length;
    assertTrue(high > low, "quality 0.90 gave " + high + " bytes, 0.5 gave " + low);
  }

  private static int alpha(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) >>> 24;
  }

  static BufferedImage decode(byte[] bytes) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertNotNull(image, "ImageIO could not decode the bytes");
    return image;
  }

  private static Element nativeNode(byte[] bytes, String format, String name) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        IIOMetadata metadata = reader.getImageMetadata(0);
        Element found = find(metadata.getAsTree(format), name);
        assertNotNull(found, name + " not in the metadata");
        return found;
      } finally {
        reader.dispose();
      }
    }
  }

  private static Element find(Node node, String name) {
    if (node.getNodeName().equals(name)) {
      return (Element) node;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      Element found = find(child, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
