package dev.chartserve.web.internal;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads a chart's {@code Cache-Control} ({@code @Chart(cacheControl)}) for the {@code Expires} header
 * sent beside it. {@code Expires} says the same as {@code max-age} to HTTP/1.0 caches and to proxies
 * told to ignore {@code Cache-Control} (the nginx configuration in {@code server-config/nginx} does, so
 * that it can keep {@code no-cache} images and revalidate them); HTTP/1.1 caches ignore it when
 * {@code max-age} is there. Stateless.
 */
public final class CachePolicy {
  private CachePolicy() {
  }

  /**
   * The seconds any cache may keep the image without asking: the {@code max-age} of a policy that
   * lets a shared cache keep it fresh, that is, one without {@code no-cache}, {@code no-store} or
   * {@code private}; empty for those, and for a policy without a positive {@code max-age}.
   */
  public static OptionalLong sharedLifetime(String cacheControl) {
    long maxAge = 0;
    for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
      String d = directive.strip();
      if (d.equals("no-cache") || d.startsWith("no-cache=") || d.equals("no-store")
          || d.equals("private") || d.startsWith("private=")) {
        return OptionalLong.empty();
      }
      if (d.startsWith("max-age=")) {
        try {
          maxAge = Long.parseLong(d.substring("max-age=".length()).replace("\"", ""));
        } catch (NumberFormatException e) {
          return OptionalLong.empty(); // a cache would not understand it either
        }
      }
    }
    return maxAge > 0 ? OptionalLong.of(maxAge) : OptionalLong.empty();
  }
}
