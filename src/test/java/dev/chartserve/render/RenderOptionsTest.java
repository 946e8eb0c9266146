package dev.chartserve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenderOptionsTest {
  @Test
  void defaultsAreOpaqueAndQualityNinety() {
    RenderOptions defaults = RenderOptions.defaults();
    assertFalse(defaults.transparent());
    assertEquals(0.90f, defaults.jpegQuality());
    assertEquals(RenderOptions.DEFAULT_JPEG_QUALITY, defaults.jpegQuality());
  }

  @Test
  void withersReturnChangedCopies() {
    RenderOptions defaults = RenderOptions.defaults();
    RenderOptions changed = defaults.withTransparent(true).withJpegQuality(0.5f);
    assertTrue(changed.transparent());
    assertEquals(0.5f, changed.jpegQuality());
    assertFalse(defaults.transparent());
    assertNotEquals(defaults, changed);
    assertEquals(changed, RenderOptions.defaults().withJpegQuality(0.5f).withTransparent(true));
    assertEquals(changed.hashCode(),
        RenderOptions.defaults().withJpegQuality(0.5f).withTransparent(true).hashCode());
  }

  @Test
  void jpegQualityOutsideZeroToOneIsRefusedWithTheValue() {
    IllegalArgumentException above =
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withJpegQuality(1.5f));
    assertEquals("jpegQuality must be 0..1, was 1.5", above.getMessage());
    IllegalArgumentException nan =
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withJpegQuality(Float.NaN));
    assertEquals("jpegQuality must be 0..1, was NaN", nan.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withJpegQuality(-0.1f));
  }
}
