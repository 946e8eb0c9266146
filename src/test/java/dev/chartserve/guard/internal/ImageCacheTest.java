package dev.chartserve.guard.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImageCacheTest {
  @Test
  void anImageIsFoundByItsTagAndEveryLookUpIsCounted() {
    ImageCache cache = new ImageCache(10_000);
    assertEquals(Optional.empty(), cache.get("tag-1"));
    cache.put("tag-1", new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, cache.get("tag-1").orElseThrow());
    assertArrayEquals(new byte[] {1, 2, 3}, cache.get("tag-1").orElseThrow());
    assertEquals(new ImageCache.Snapshot(10_000, 3, 1, 2, 1, 0), cache.snapshot());
  }

  @Test
  void theBytesKeptNeverExceedTheBoundAndWhatWasDroppedIsCounted() {
    ImageCache cache = new ImageCache(1000);
    for (int i = 0; i < 20; i++) {
      cache.put("tag-" + i, new byte[300]);
      assertTrue(cache.snapshot().bytes() <= 1000, "over the bound after " + (i + 1) + ": " + cache.snapshot());
    }
    ImageCache.Snapshot snapshot = cache.snapshot();
    assertTrue(snapshot.entries() <= 3, snapshot.toString());
    assertEquals(20 - snapshot.entries(), snapshot.evictions(), snapshot.toString());
  }

  @Test
  void anImageLargerThanTheWholeBoundIsNotKept() {
    ImageCache cache = new ImageCache(100);
    cache.put("big", new byte[101]);
    assertEquals(Optional.empty(), cache.get("big"));
    assertEquals(0, cache.snapshot().bytes());
  }

  @Test
  void aBoundBelowOneByteIsRefusedWithTheValue() {
    assertEquals("maxBytes < 1: 0",
        assertThrows(IllegalArgumentException.class, () -> new ImageCache(0)).getMessage());
  }
}
