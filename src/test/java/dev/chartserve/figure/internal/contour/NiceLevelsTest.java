package dev.chartserve.figure.internal.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Expected values are what matplotlib 3.6.3's MaxNLocator(n, min_n_ticks=1).tick_values gives. */
class NiceLevelsTest {
  @Test
  void ticksMatchMatplotlibsMaxNLocator() {
    assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0},
        NiceLevels.ticks(0, 1, 11), 1e-12);
    assertArrayEquals(new double[] {-0.8, 0, 0.8, 1.6, 2.4, 3.2, 4.0, 4.8, 5.6, 6.4, 7.2},
        NiceLevels.ticks(-0.3, 7.2, 11), 1e-12);
    assertArrayEquals(new double[] {0.001, 0.00125, 0.0015, 0.00175, 0.002, 0.00225, 0.0025},
        NiceLevels.ticks(1e-3, 2.5e-3, 6), 1e-15);
    assertArrayEquals(new double[] {-6, -4, -2, 0, 2, 4, 6}, NiceLevels.ticks(-5, 5, 5), 1e-12);
    assertArrayEquals(new double[] {100, 100.05, 100.1, 100.15, 100.2, 100.25, 100.3, 100.35,
        100.4, 100.45, 100.5}, NiceLevels.ticks(100, 100.5, 11), 1e-9);
    assertArrayEquals(new double[] {0.45, 0.6, 0.75, 0.9}, NiceLevels.ticks(0.5, 0.9, 3), 1e-12);
  }

  @Test
  void levelsKeepAtMostOneLevelOutsideEachEnd() {
    // matplotlib: contour(Z, 10) of the seed-003 field (z from -1.694 to 1.386)
    double[] expected = new double[12];
    for (int k = 0; k < 12; k++) {
      expected[k] = -1.8 + 0.3 * k;
    }
    assertArrayEquals(expected, NiceLevels.choose(-1.6939936746020778, 1.3856608412833051, 10),
        1e-12);
    // ticks -0.8 .. 7.2 for 0.1 .. 7.0: -0.8 is kept, 7.2 too; nothing further out exists
    assertArrayEquals(new double[] {0, 0.8, 1.6, 2.4, 3.2, 4.0, 4.8, 5.6, 6.4, 7.2},
        NiceLevels.choose(0.1, 7.0, 10), 1e-12);
  }
}
