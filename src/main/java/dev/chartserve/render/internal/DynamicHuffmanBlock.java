package dev.chartserve.render.internal;

import static dev.chartserve.render.internal.DeflateSymbols.END_OF_BLOCK;
import static dev.chartserve.render.internal.DeflateSymbols.LENGTH_BASE;
import static dev.chartserve.render.internal.DeflateSymbols.LENGTH_EXTRA_BITS;
import static dev.chartserve.render.internal.DeflateSymbols.LENGTH_SYMBOL;
import static dev.chartserve.render.internal.DeflateSymbols.MAX_MATCH;
import static dev.chartserve.render.internal.DeflateSymbols.distanceSymbol;

/**
 * Writes one DEFLATE block with dynamic Huffman codes (RFC 1951, 3.2.7): codes built by
 * {@link HuffmanCode} from the block's own symbol counts (length-limited to 15 bits, 7 for the
 * code-length code), the code lengths run-length coded, then the block's tokens
 * ({@link DeflateSymbols}) and its end. Stateless; thread-safe.
 */
final class DynamicHuffmanBlock {
  /** Order in which the code-length code's lengths are sent (RFC 1951, 3.2.7). */
  private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

  private DynamicHuffmanBlock() {
  }

  /**
   * Writes the block of {@code tokenCount} {@code tokens} to {@code bits}, {@code last} if it ends the
   * stream. {@code literalFreq} and {@code distanceFreq} are the tokens' symbol counts; the
   * end-of-block symbol is counted into {@code literalFreq} here.
   */
  static void write(BitWriter bits, int[] tokens, int tokenCount, int[] literalFreq, int[] distanceFreq,
      boolean last) {
    // At most 48 bits a token (length code, extra bits, distance code, extra bits), and the header.
    bits.ensure(tokenCount * 6 + 1024);
    literalFreq[END_OF_BLOCK]++;
    HuffmanCode lit = HuffmanCode.build(literalFreq, 15);
    HuffmanCode dist = HuffmanCode.build(distanceFreq, 15);
    bits.writeBits(last ? 1 : 0, 1);
    bits.writeBits(2, 2); // dynamic Huffman codes
    writeCodeLengths(bits, lit.lengths, dist.lengths);
    int[] litCodes = lit.codes;
    int[] litLengths = lit.lengths;
    int[] distCodes = dist.codes;
    int[] distLengths = dist.lengths;
    // Each match length's code with its extra bits after it, to write both at once.
    int[] lengthBits = new int[MAX_MATCH + 1];
    int[] lengthCount = new int[MAX_MATCH + 1];
    for (int length = 3; length <= MAX_MATCH; length++) {
      int symbol = LENGTH_SYMBOL[length];
      lengthBits[length] = litCodes[symbol] | (length - LENGTH_BASE[length]) << litLengths[symbol];
      lengthCount[length] = litLengths[symbol] + LENGTH_EXTRA_BITS[length];
    }
    for (int i = 0; i < tokenCount; i++) {
      int t = tokens[i];
      if (t >= 0) {
        bits.writeBits(litCodes[t], litLengths[t]);
        continue;
      }
      int length = t & 0x1FF;
      bits.writeBits(lengthBits[length], lengthCount[length]);
      int distance = (t >>> 9) & 0xFFFF;
      int d = distanceSymbol(distance);
      int extra = d >= 4 ? (d >>> 1) - 1 : 0;
      bits.writeBits(distCodes[d] | ((distance - 1) & ((1 << extra) - 1)) << distLengths[d], distLengths[d] + extra);
    }
    bits.writeBits(litCodes[END_OF_BLOCK], litLengths[END_OF_BLOCK]);
  }

  /** The literal/length and distance code lengths, run-length coded with the code-length code. */
  private static void writeCodeLengths(BitWriter bits, int[] litLengths, int[] distLengths) {
    int hlit = 286;
    while (hlit > 257 && litLengths[hlit - 1] == 0) {
      hlit--;
    }
    int hdist = 30;
    while (hdist > 1 && distLengths[hdist - 1] == 0) {
      hdist--;
    }
    int[] all = new int[hlit + hdist];
    System.arraycopy(litLengths, 0, all, 0, hlit);
    System.arraycopy(distLengths, 0, all, hlit, hdist);
    // symbol | extra bits value << 8
    int[] runs = new int[all.length];
    int count = 0;
    int[] freq = new int[19];
    for (int i = 0; i < all.length;) {
      int v = all[i];
      int run = 1;
      while (i + run < all.length && all[i + run] == v) {
        run++;
      }
      i += run;
      if (v == 0) {
        while (run >= 11) {
          int r = Math.min(run, 138);
          runs[count++] = 18 | (r - 11) << 8;
          freq[18]++;
          run -= r;
        }
        if (run >= 3) {
          runs[count++] = 17 | (run - 3) << 8;
          freq[17]++;
          run = 0;
        }
      } else {
        runs[count++] = v;
        freq[v]++;
        run--;
        while (run >= 3) {
          int r = Math.min(run, 6);
          runs[count++] = 16 | (r - 3) << 8;
          freq[16]++;
          run -= r;
        }
      }
      for (; run > 0; run--) {
        runs[count++] = v;
        freq[v]++;
      }
    }
    HuffmanCode code = HuffmanCode.build(freq, 7);
    int hclen = 19;
    while (hclen > 4 && code.lengths[CODE_LENGTH_ORDER[hclen - 1]] == 0) {
      hclen--;
    }
    bits.writeBits(hlit - 257, 5);
    bits.writeBits(hdist - 1, 5);
    bits.writeBits(hclen - 4, 4);
    for (int i = 0; i < hclen; i++) {
      bits.writeBits(code.lengths[CODE_LENGTH_ORDER[i]], 3);
    }
    for (int i = 0; i < count; i++) {
      int symbol = runs[i] & 0xFF;
      bits.writeBits(code.codes[symbol], code.lengths[symbol]);
      switch (symbol) {
        case 16 -> bits.writeBits(runs[i] >>> 8, 2);
        case 17 -> bits.writeBits(runs[i] >>> 8, 3);
        case 18 -> bits.writeBits(runs[i] >>> 8, 7);
        default -> {
        }
      }
    }
  }
}
