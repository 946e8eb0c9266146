package dev.chartserve.render.internal;

/**
 * DEFLATE's length and distance symbols (RFC 1951, 3.2.5), and the {@code int} tokens in which
 * {@link MatchFinder} records a block for {@link DynamicHuffmanBlock}: a literal is its byte value
 * (0..255, so non-negative); a match is {@code MATCH | distance << 9 | length} (negative). Constants
 * and pure functions only; thread-safe.
 */
final class DeflateSymbols {
  /** The sign bit that marks a match token. */
  static final int MATCH = 0x8000_0000;
  static final int END_OF_BLOCK = 256;
  static final int MAX_MATCH = 258;
  /** Length symbol (257..285) and extra bits per match length 3..258. */
  static final int[] LENGTH_SYMBOL = new int[MAX_MATCH + 1];
  static final int[] LENGTH_EXTRA_BITS = new int[MAX_MATCH + 1];
  static final int[] LENGTH_BASE = new int[MAX_MATCH + 1];

  static {
    int[] base = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
        163, 195, 227, 258};
    int[] extra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    for (int code = 0; code < base.length; code++) {
      int end = code + 1 < base.length ? base[code + 1] : MAX_MATCH + 1;
      if (code == base.length - 2) {
        end = MAX_MATCH; // 258 has a symbol of its own (285), not 284's top value
      }
      for (int len = base[code]; len < end; len++) {
        LENGTH_SYMBOL[len] = 257 + code;
        LENGTH_EXTRA_BITS[len] = extra[code];
        LENGTH_BASE[len] = base[code];
      }
    }
  }

  private DeflateSymbols() {
  }

  /** The distance symbol (RFC 1951, 3.2.5); symbol {@code d >= 4} has {@code d / 2 - 1} extra bits. */
  static int distanceSymbol(int distance) {
    if (distance <= 4) {
      return distance - 1;
    }
    int d = distance - 1;
    int top = 31 - Integer.numberOfLeadingZeros(d);
    return 2 * top + ((d >>> (top - 1)) & 1);
  }
}
