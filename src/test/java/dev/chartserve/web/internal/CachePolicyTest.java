package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class CachePolicyTest {
  @Test
  void aPublicMaxAgeLetsEveryCacheKeepTheImageThatLong() {
    assertEquals(OptionalLong.of(86_400), CachePolicy.sharedLifetime("public, max-age=86400"));
    assertEquals(OptionalLong.of(600), CachePolicy.sharedLifetime("Max-Age=600"));
  }

  @Test
  void policiesThatRevalidateOrKeepImagesPrivateHaveNoLifetime() {
    for (String policy : new String[] {"no-cache", "no-store", "private, max-age=600", "no-cache, max-age=600",
        "max-age=0", "public", "public, s-maxage=600", "max-age=soon"}) {
      assertEquals(OptionalLong.empty(), CachePolicy.sharedLifetime(policy), policy);
    }
  }
}
