package dev.chartserve.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class ColorsTest {
  @Test
  void singleLettersHaveMatplotlibsExactValues() {
    assertEquals(new Color(0, 0, 255), Colors.parse("b"));
    assertEquals(new Color(0, 128, 0), Colors.parse("g"));
    assertEquals(new Color(255, 0, 0), Colors.parse("r"));
    assertEquals(new Color(0, 191, 191), Colors.parse("c"));
    assertEquals(new Color(191, 0, 191), Colors.parse("m"));
    assertEquals(new Color(191, 191, 0), Colors.parse("y"));
    assertEquals(Color.BLACK, Colors.parse("k"));
    assertEquals(Color.WHITE, Colors.parse("w"));
  }

  @Test
  void cycleColorsAreTab10() {
    String[] hex = {"1f77b4", "ff7f0e", "2ca02c", "d62728", "9467bd", "8c564b", "e377c2", "7f7f7f",
        "bcbd22", "17becf"};
    for (int i = 0; i < 10; i++) {
      assertEquals(new Color(Integer.parseInt(hex[i], 16)), Colors.parse("C" + i), "C" + i);
      assertEquals(Colors.parse("C" + i), Colors.cycle(i + 10));
    }
    assertEquals(Colors.parse("C1"), Colors.parse("tab:orange"));
  }

  @Test
  void colourNamesHexCodesAndGreyLevelsParseAsInMatplotlib() {
    assertEquals(new Color(0, 0, 255), Colors.parse("blue"));
    assertEquals(new Color(255, 0, 0), Colors.parse("Red"));
    assertEquals(new Color(0, 128, 0), Colors.parse("green"));
    assertEquals(new Color(128, 128, 128), Colors.parse("gray"));
    assertEquals(Colors.parse("gray"), Colors.parse("grey"));
    assertEquals(new Color(255, 165, 0), Colors.parse("orange"));
    assertEquals(new Color(128, 0, 128), Colors.parse("purple"));
    assertEquals(new Color(0x12, 0x34, 0x56), Colors.parse("#123456"));
    assertEquals(new Color(0x12, 0x34, 0x56, 0x78), Colors.parse("#12345678"));
    assertEquals(new Color(204, 204, 204), Colors.parse("0.8"));
    assertEquals(0, Colors.parse("none").getAlpha());
  }

  @Test
  void badColorsThrowNamingTheValue() {
    assertEquals("not a colour: \"bleu\"",
        assertThrows(IllegalArgumentException.class, () -> Colors.parse("bleu")).getMessage());
    assertEquals("not a colour: \"#12345\" (use #rrggbb or #rrggbbaa)",
        assertThrows(IllegalArgumentException.class, () -> Colors.parse("#12345")).getMessage());
    assertEquals("not a colour: \"#-12345\" (use #rrggbb or #rrggbbaa)",
        assertThrows(IllegalArgumentException.class, () -> Colors.parse("#-12345")).getMessage());
    assertEquals("not a colour: \"C10\"",
        assertThrows(IllegalArgumentException.class, () -> Colors.parse("C10")).getMessage());
    assertEquals("not a colour: \"1.5\"",
        assertThrows(IllegalArgumentException.class, () -> Colors.parse("1.5")).getMessage());
  }
}
