package dev.chartserve.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HuffmanCodeTest {
  @Test
  void fibonacciFrequenciesAreCutToTheLengthLimitAndStayComplete() {
    int[] freq = new int[286];
    int a = 1;
    int b = 1;
    for (int s = 0; s < 40; s++) { // an unlimited Huffman code would be 39 bits deep
      freq[s * 7] = a;
      int c = a + b;
      a = b;
      b = c;
    }
    HuffmanCode code = HuffmanCode.build(freq, 15);
    int max = 0;
    for (int len : code.lengths) {
      max = Math.max(max, len);
    }
    assertEquals(15, max);
    assertComplete(code);
  }

  @Test
  void commonerSymbolsNeverGetLongerCodes() {
    int[] freq = {50, 0, 3, 3, 900, 1, 17, 0, 0, 2};
    HuffmanCode code = HuffmanCode.build(freq, 7);
    for (int s = 0; s < freq.length; s++) {
      for (int t = 0; t < freq.length; t++) {
        if (freq[s] > freq[t] && freq[t] > 0) {
          assertTrue(code.lengths[s] <= code.lengths[t], s + " vs " + t);
        }
      }
    }
    assertComplete(code);
  }

  @Test
  void oneOrNoSymbolStillGivesACompleteCode() {
    assertComplete(HuffmanCode.build(new int[30], 15));
    int[] one = new int[30];
    one[22] = 100;
    HuffmanCode code = HuffmanCode.build(one, 15);
    assertEquals(1, code.lengths[22]);
    assertComplete(code);
  }

  /** Kraft sum exactly 1, and no code a prefix of another (checked on the bit-reversed codes). */
  private static void assertComplete(HuffmanCode code) {
    double kraft = 0;
    for (int s = 0; s < code.lengths.length; s++) {
      if (code.lengths[s] > 0) {
        kraft += Math.pow(2, -code.lengths[s]);
        for (int t = 0; t < code.lengths.length; t++) {
          if (t != s && code.lengths[t] >= code.lengths[s]) {
            int mask = (1 << code.lengths[s]) - 1;
            assertTrue((code.codes[t] & mask) != code.codes[s], "code of " + s + " is a prefix of " + t + "'s");
          }
        }
      }
    }
    assertEquals(1.0, kraft, 1e-12);
  }
}
