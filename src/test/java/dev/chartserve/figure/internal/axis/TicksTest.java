package dev.chartserve.figure.internal.axis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {
  @Test
  void seedLineXAxisGetsTicksEvery25LikeMatplotlib() {
    // 0..199 plus 5 % margins, 334.8 pt wide: 11 label spaces, capped at 9 bins
    assertArrayEquals(new double[] {0, 25, 50, 75, 100, 125, 150, 175, 200},
        Ticks.locate(-9.95, 208.95, 11), 1e-12);
  }

  @Test
  void seedBarYAxisGetsTicksEvery5() {
    assertArrayEquals(new double[] {0, 5, 10, 15, 20, 25, 30}, Ticks.locate(0, 32.55, 17), 1e-12);
  }

  @Test
  void labelsShareTheirDecimalsAndUseTheMinusSign() {
    assertArrayEquals(new String[] {"\u22120.50", "0.00", "0.25", "1.00"},
        Ticks.format(new double[] {-0.5, 0, 0.25, 1}));
    assertArrayEquals(new String[] {"\u221215", "0", "5"}, Ticks.format(new double[] {-15, 0, 5}));
  }

  @Test
  void largeValuesAreLabelledWithACommonPowerOfTen() {
    double[] ticks = {0, 2e6, 4e6};
    assertEquals(6, Ticks.scientificExponent(ticks));
    assertArrayEquals(new String[] {"0", "2", "4"}, Ticks.format(ticks, 6));
    assertEquals(0, Ticks.scientificExponent(new double[] {0, 500000}));
    assertEquals(-5, Ticks.scientificExponent(new double[] {0, 1e-5, 2e-5}));
  }
}
