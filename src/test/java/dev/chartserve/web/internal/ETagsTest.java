package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.render.ImageFormat;

import org.junit.jupiter.api.Test;

class ETagsTest {
  private static final ChartRequest HIST = new ChartRequest("seed-hist", ImageFormat.PNG);
  private static final String FP = "0123456789abcdef";

  @Test
  void theSameRequestAlwaysHasTheSameTag() {
    assertEquals(ETags.of(HIST, "1", "", FP), ETags.of(new ChartRequest("seed-hist", ImageFormat.PNG), "1", "", FP));
    assertEquals(27, ETags.of(HIST, "1", "", FP).length());
  }

  @Test
  void everythingTheBytesDependOnChangesTheTagTheNodesFingerprintIncluded() {
    List<String> tags = List.of(
        ETags.of(HIST, "1", "", FP),
        ETags.of(new ChartRequest("seed-line", ImageFormat.PNG), "1", "", FP),
        ETags.of(HIST, "2", "", FP),
        ETags.of(HIST, "1", "2026-11-23", FP),
        ETags.of(new ChartRequest("seed-hist", ImageFormat.PNG, OptionalInt.of(640), OptionalInt.empty(), 1), "1", "", FP),
        ETags.of(new ChartRequest("seed-hist", ImageFormat.PNG, OptionalInt.empty(), OptionalInt.of(640), 1), "1", "", FP),
        ETags.of(new ChartRequest("seed-hist", ImageFormat.PNG, OptionalInt.empty(), OptionalInt.empty(), 2), "1", "", FP),
        ETags.of(new ChartRequest("seed-hist", ImageFormat.PNG, OptionalInt.empty(), OptionalInt.empty(), 1,
            java.util.Map.of("bins", 20)), "1", "", FP),
        ETags.of(new ChartRequest("seed-hist", ImageFormat.PNG, OptionalInt.empty(), OptionalInt.empty(), 1,
            java.util.Map.of("bins", 21)), "1", "", FP),
        ETags.of(HIST, "1", "", "fedcba9876543210"));
    Set<String> distinct = new HashSet<>(tags);
    assertEquals(tags.size(), distinct.size(), tags.toString());
  }

  @Test
  void fieldsCannotRunIntoEachOther() {
    assertNotEquals(ETags.of(HIST, "1", "a\n2", FP), ETags.of(HIST, "1\na", "2", FP));
  }
}
