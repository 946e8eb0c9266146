package dev.chartserve.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImageFormatTest {
  @Test
  void eachFormatHasItsExtensionAndMediaType() {
    assertEquals("png", ImageFormat.PNG.extension());
    assertEquals("image/png", ImageFormat.PNG.mediaType());
    assertEquals("jpg", ImageFormat.JPEG.extension());
    assertEquals("image/jpeg", ImageFormat.JPEG.mediaType());
    assertEquals("svg", ImageFormat.SVG.extension());
    assertEquals("image/svg+xml", ImageFormat.SVG.mediaType());
    assertEquals("pdf", ImageFormat.PDF.extension());
    assertEquals("application/pdf", ImageFormat.PDF.mediaType());
  }

  @Test
  void extensionsAreFoundWhateverTheirCase() {
    for (ImageFormat format : ImageFormat.values()) {
      assertEquals(Optional.of(format), ImageFormat.forExtension(format.extension()));
      assertEquals(Optional.of(format), ImageFormat.forExtension(format.extension().toUpperCase()));
    }
  }

  @Test
  void jpegIsAnAliasOfJpg() {
    assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.forExtension("jpeg"));
    assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.forExtension("JPEG"));
  }

  @Test
  void unknownExtensionsAreEmpty() {
    assertEquals(Optional.empty(), ImageFormat.forExtension("gif"));
    assertEquals(Optional.empty(), ImageFormat.forExtension(""));
    assertEquals(Optional.empty(), ImageFormat.forExtension(".png"));
  }

  @Test
  void nullExtensionIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ImageFormat.forExtension(null));
    assertEquals("extension", e.getMessage());
  }

  @Test
  void rasterFormatsArePngAndJpeg() {
    assertTrue(ImageFormat.PNG.isRaster());
    assertTrue(ImageFormat.JPEG.isRaster());
    assertFalse(ImageFormat.SVG.isRaster());
    assertFalse(ImageFormat.PDF.isRaster());
  }
}
