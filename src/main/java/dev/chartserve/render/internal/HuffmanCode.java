package dev.chartserve.render.internal;

import java.util.Arrays;

/**
 * Canonical, length-limited Huffman codes for DEFLATE (RFC 1951, 3.2.2), built from symbol frequencies.
 * Codes are stored bit-reversed, ready for a least-significant-bit-first writer.
 *
 * <p>Deterministic: the same frequencies always give the same code (ties broken by symbol number).
 * Always complete: when fewer than two symbols occur, dummies are added, so every decoder accepts the
 * code (an incomplete one-symbol code is a corner some inflaters reject).
 */
final class HuffmanCode {
  /** Code length per symbol, 0 for a symbol that does not occur. */
  final int[] lengths;
  /** Bit-reversed code per symbol. */
  final int[] codes;

  private HuffmanCode(int[] lengths, int[] codes) {
    this.lengths = lengths;
    this.codes = codes;
  }

  /** A code for {@code freq.length} symbols, no code longer than {@code maxLength} bits. */
  static HuffmanCode build(int[] freq, int maxLength) {
    int n = freq.length;
    long[] sorted = new long[n];
    int used = 0;
    for (int s = 0; s < n; s++) {
      if (freq[s] > 0) {
        sorted[used++] = ((long) freq[s] << 10) | s;
      }
    }
    for (int s = 0; used < 2; s++) { // dummies with frequency 0 (sort before every real symbol)
      if (freq[s] == 0) {
        sorted[used++] = s;
      }
    }
    Arrays.sort(sorted, 0, used);
    int[] lengths = new int[n];
    assignLengths(sorted, used, limitedCounts(depths(sorted, used), used, maxLength), lengths);
    return new HuffmanCode(lengths, canonicalCodes(lengths, maxLength));
  }

  /** Depth of each leaf (in sorted order) in a Huffman tree, by the two-queue method. */
  private static int[] depths(long[] sorted, int used) {
    int nodes = 2 * used - 1;
    long[] weight = new long[nodes];
    int[] parent = new int[nodes];
    for (int i = 0; i < used; i++) {
      weight[i] = sorted[i] >>> 10;
    }
    int leaf = 0;
    int inner = used;
    for (int next = used; next < nodes; next++) {
      int a = (leaf < used && (inner >= next || weight[leaf] <= weight[inner])) ? leaf++ : inner++;
      int b = (leaf < used && (inner >= next || weight[leaf] <= weight[inner])) ? leaf++ : inner++;
      weight[next] = weight[a] + weight[b];
      parent[a] = next;
      parent[b] = next;
    }
    int[] depth = new int[nodes];
    for (int i = nodes - 2; i >= 0; i--) {
      depth[i] = depth[parent[i]] + 1;
    }
    return depth;
  }

  /** How many codes of each length, with lengths over {@code max} pushed back under it (Kraft sum kept at 1). */
  private static int[] limitedCounts(int[] depth, int used, int max) {
    int[] count = new int[Math.max(max, 32) + 1];
    for (int i = 0; i < used; i++) {
      count[Math.min(depth[i], max)]++;
    }
    long total = 0;
    for (int len = 1; len <= max; len++) {
      total += (long) count[len] << (max - len);
    }
    // Each step lengthens one shorter code by a bit to make room for a clamped one: the sum drops by 1.
    while (total > (1L << max)) {
      count[max]--;
      for (int len = max - 1; len > 0; len--) {
        if (count[len] > 0) {
          count[len]--;
          count[len + 1] += 2;
          break;
        }
      }
      total--;
    }
    return count;
  }

  /** The rarest symbols get the longest codes. */
  private static void assignLengths(long[] sorted, int used, int[] count, int[] lengths) {
    int i = 0;
    for (int len = count.length - 1; len > 0; len--) {
      for (int k = 0; k < count[len]; k++) {
        lengths[(int) (sorted[i++] & 0x3FF)] = len;
      }
    }
  }

  private static int[] canonicalCodes(int[] lengths, int maxLength) {
    int[] perLength = new int[maxLength + 1];
    for (int len : lengths) {
      perLength[len]++;
    }
    perLength[0] = 0;
    int[] next = new int[maxLength + 1];
    int code = 0;
    for (int len = 1; len <= maxLength; len++) {
      code = (code + perLength[len - 1]) << 1;
      next[len] = code;
    }
    int[] codes = new int[lengths.length];
    for (int s = 0; s < lengths.length; s++) {
      int len = lengths[s];
      if (len > 0) {
        codes[s] = Integer.reverse(next[len]++) >>> (32 - len);
      }
    }
    return codes;
  }
}
