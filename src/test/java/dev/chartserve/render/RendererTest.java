package dev.chartserve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.chartserve.figure.Figure;

@ExtendWith(HeadlessAwt.class)
class RendererTest {
  @Test
  void nullArgumentsAreNamed() {
    Figure figure = TestFigures.line();
    OutputStream out = new ByteArrayOutputStream();
    assertEquals("figure", assertThrows(NullPointerException.class,
        () -> Renderer.render(null, ImageFormat.PNG)).getMessage());
    assertEquals("format", assertThrows(NullPointerException.class,
        () -> Renderer.render(figure, null)).getMessage());
    assertEquals("options", assertThrows(NullPointerException.class,
        () -> Renderer.render(figure, ImageFormat.PNG, (RenderOptions) null)).getMessage());
    assertEquals("out", assertThrows(NullPointerException.class,
        () -> Renderer.render(figure, ImageFormat.PNG, (OutputStream) null)).getMessage());
    assertEquals("out", assertThrows(NullPointerException.class,
        () -> Renderer.render(figure, ImageFormat.PNG, RenderOptions.defaults(), null)).getMessage());
  }

  @Test
  void closedFigureIsRefused() {
    Figure figure = TestFigures.line();
    figure.close();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Renderer.render(figure, ImageFormat.SVG));
    assertEquals("figure is closed: render it before closing it", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void figuresSmallerThanOnePixelAreRefusedWithTheirSize(ImageFormat format) {
    Figure figure = new Figure(0.004, 2, 100);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Renderer.render(figure, format));
    assertEquals("figure must be at least 1 × 1 px, was 0 × 200 px", e.getMessage());
  }

  @Test
  void rastersTooLargeForOneImageAreRefusedWithTheirSize() {
    Figure figure = new Figure(500, 500, 100);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Renderer.render(figure, ImageFormat.PNG));
    assertEquals("figure of 50000 × 50000 px is too large to rasterise: at most 2147483639 pixels",
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void streamingWritesTheSameBytesAndLeavesTheStreamOpen(ImageFormat format) throws IOException {
    Figure figure = TestFigures.line();
    CloseRecordingStream out = new CloseRecordingStream();
    Renderer.render(figure, format, out);
    assertFalse(out.closed, "the caller's stream must stay open");
    assertEquals(new String(Renderer.render(figure, format), java.nio.charset.StandardCharsets.ISO_8859_1),
        out.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void eachFormatStartsWithItsSignature(ImageFormat format) {
    byte[] bytes = Renderer.render(TestFigures.line(), format);
    String head = new String(bytes, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1);
    switch (format) {
      case PNG -> assertEquals("\u0089PNG\r\n\u001a\n", head);
      case JPEG -> assertTrue(head.startsWith("\u00ff\u00d8\u00ff"));
      case SVG -> assertTrue(head.startsWith("<?xml"));
      case PDF -> assertTrue(head.startsWith("%PDF-1."));
      default -> throw new AssertionError(format);
    }
  }

  @Test
  void transparentOptionRestoresTheBackgroundEvenWhenDrawingFails() {
    Figure figure = TestFigures.line();
    java.awt.Color before = figure.background();
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThrows(IOException.class, () -> Renderer.render(figure, ImageFormat.PNG,
        RenderOptions.defaults().withTransparent(true), failing));
    assertEquals(before, figure.background());
  }

  private static final class CloseRecordingStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
