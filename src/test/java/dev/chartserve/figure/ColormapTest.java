package dev.chartserve.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class ColormapTest {
  private static String hex(Color c) {
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  @Test
  void viridisEndpointsAreMatplotlibs() {
    Colormap viridis = Colormap.of("viridis");
    assertEquals("#440154", hex(viridis.at(0)));
    assertEquals("#21918c", hex(viridis.at(0.5)));
    assertEquals("#fde725", hex(viridis.at(1)));
  }

  @Test
  void jetGrayAndCoolwarmMatchMatplotlibAtQuarters() {
    assertEquals("#000080", hex(Colormap.of("jet").at(0)));
    assertEquals("#0080ff", hex(Colormap.of("jet").at(0.25)));
    assertEquals("#7dff7a", hex(Colormap.of("jet").at(0.5)));
    assertEquals("#ff9400", hex(Colormap.of("jet").at(0.75)));
    assertEquals("#800000", hex(Colormap.of("jet").at(1)));
    assertEquals("#808080", hex(Colormap.of("gray").at(0.5)));
    assertEquals("#3b4cc0", hex(Colormap.of("coolwarm").at(0)));
    assertEquals("#dddcdc", hex(Colormap.of("coolwarm").at(0.5)));
    assertEquals("#b40426", hex(Colormap.of("coolwarm").at(1)));
  }

  /** matplotlib-luts.txt holds matplotlib 3.6.3's whole tables, printed with to_hex. */
  @Test
  void everyEntryOfEveryTableMatchesMatplotlib() throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        ColormapTest.class.getResourceAsStream("matplotlib-luts.txt"), StandardCharsets.US_ASCII))) {
      int tables = 0;
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ");
        Colormap cmap = Colormap.of(parts[0]);
        for (int i = 0; i < Colormap.SIZE; i++) {
          assertEquals(parts[i + 1], hex(cmap.at((i + 0.5) / Colormap.SIZE)), parts[0] + "[" + i + "]");
        }
        tables++;
      }
      assertEquals(6, tables);
    }
  }

  @Test
  void outOfRangeValuesClampAndNanIsTransparent() {
    Colormap jet = Colormap.of("jet");
    assertEquals(jet.at(0), jet.at(-3));
    assertEquals(jet.at(1), jet.at(7));
    assertEquals(0, jet.at(Double.NaN).getAlpha());
  }

  @Test
  void reversedRunsBackwards() {
    Colormap viridis = Colormap.of("viridis");
    assertEquals(viridis.at(0), viridis.reversed().at(1));
    assertEquals("viridis_r", viridis.reversed().name());
    assertEquals(Colormap.of("viridis_r").at(0.3), viridis.reversed().at(0.3));
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Colormap.of("parula"));
    assertEquals("colormap must be one of [viridis, viridis_r, jet, jet_r, gray, gray_r, coolwarm, "
        + "coolwarm_r], was \"parula\"", e.getMessage());
  }

  @Test
  void normalizeMapsVminToZeroAndVmaxToOne() {
    Normalize n = Normalize.autoscale(new double[][] {{2, Double.NaN}, {6, 4}});
    assertEquals(2, n.vmin());
    assertEquals(6, n.vmax());
    assertEquals(0.5, n.apply(4));
    assertEquals(0, Normalize.of(3, 3).apply(10));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Normalize.of(2, 1));
    assertEquals("vmin must be <= vmax, was 2.0 > 1.0", e.getMessage());
  }
}
