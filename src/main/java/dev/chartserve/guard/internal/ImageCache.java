package dev.chartserve.guard.internal;

import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * Encoded images kept in memory, keyed by their strong entity tag (whose meaning is "these exact
 * bytes"), bounded by the bytes they hold; over the bound, the entries least likely to be asked for
 * again go first (Caffeine's W-TinyLFU). An image larger than the whole bound is not kept.
 *
 * <p>Its upkeep runs on the threads that use it: the cache starts no threads and schedules nothing,
 * so an undeploy leaves nothing behind. Thread-safe.
 */
public final class ImageCache {
  private final long maxBytes;
  private final Cache<String, byte[]> images;

  /** @param maxBytes the most bytes of images kept, at least 1 */
  public ImageCache(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes < 1: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.images = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .<String, byte[]>weigher((tag, bytes) -> bytes.length)
        .executor(Runnable::run)
        .recordStats()
        .build();
  }

  /** The image tagged {@code etag}, if it is kept; counted as a hit or a miss. */
  public Optional<byte[]> get(String etag) {
    return Optional.ofNullable(images.getIfPresent(Objects.requireNonNull(etag, "etag")));
  }

  /** Keeps {@code image} under {@code etag}, evicting others if the bound says so. */
  public void put(String etag, byte[] image) {
    images.put(Objects.requireNonNull(etag, "etag"), Objects.requireNonNull(image, "image"));
  }

  /** The bound, the bytes and entries kept now, and the counts since the cache was made. */
  public Snapshot snapshot() {
    images.cleanUp(); // pending evictions first, so the sizes are within the bound
    CacheStats stats = images.stats();
    long bytes = images.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    return new Snapshot(maxBytes, bytes, images.estimatedSize(), stats.hitCount(), stats.missCount(),
        stats.evictionCount());
  }

  /** The cache at one moment. */
  public record Snapshot(long maxBytes, long bytes, long entries, long hits, long misses, long evictions) {
  }
}
