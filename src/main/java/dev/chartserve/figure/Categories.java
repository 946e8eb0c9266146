package dev.chartserve.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The string categories of one axis, as matplotlib's {@code StrCategoryConverter}: each new name
 * takes the next position 0, 1, 2, … in order of first appearance; a name seen before keeps its
 * position. One per axis of one axes; not thread-safe.
 */
final class Categories {
  private final Map<String, Integer> positions = new LinkedHashMap<>();

  /** The positions of {@code names}, adding those not seen before at the end. */
  double[] positions(List<String> names) {
    Objects.requireNonNull(names, "categories");
    double[] at = new double[names.size()];
    for (int i = 0; i < at.length; i++) {
      String name = Objects.requireNonNull(names.get(i), "categories[" + i + "]");
      at[i] = positions.computeIfAbsent(name, n -> positions.size());
    }
    return at;
  }

  /** One tick per category, at 0, 1, 2, … */
  double[] ticks() {
    double[] ticks = new double[positions.size()];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = i;
    }
    return ticks;
  }

  /** The categories' names, in the order of their positions. */
  List<String> labels() {
    return List.copyOf(new ArrayList<>(positions.keySet()));
  }
}
