package dev.chartserve.render.internal;

import static dev.chartserve.render.internal.DeflateSymbols.LENGTH_SYMBOL;
import static dev.chartserve.render.internal.DeflateSymbols.MATCH;
import static dev.chartserve.render.internal.DeflateSymbols.MAX_MATCH;
import static dev.chartserve.render.internal.DeflateSymbols.distanceSymbol;

import java.util.Arrays;

/**
 * The LZ77 half of {@link PixelDeflater}: turns each filtered row into DEFLATE tokens (the filter
 * byte, then literals and matches; see {@link DeflateSymbols}) and counts the current block's
 * literal/length and distance symbols for its Huffman codes. Matches are whole pixels, compared as
 * {@code int}s with {@link Arrays#mismatch} rather than byte by byte along hash chains, at four kinds
 * of place: one pixel back (a run of one colour: no distance bits, preferred whenever it fills a
 * match), one scanline back (the row above), the two latest places where the same two pixels were
 * seen (a two-way hash table; such a match must cover two pixels), and, when nothing else matched,
 * the latest place where the same single pixel was seen.
 *
 * <p>Keeps the rows the 32 KiB window reaches back. One instance per image; not thread-safe.
 */
final class MatchFinder {
  private static final int HASH_BITS = 14;
  private static final int WINDOW = 32 * 1024;

  private final int bytesPerPixel;
  private final int width;
  private final int rowBytes;
  /** Whole pixels in the longest match DEFLATE allows. */
  private final int maxMatchPixels;
  /** The last rows' filtered pixels, as many as the 32 KiB window reaches back, and the current one. */
  private final int[][] history;
  /** Per hash of two adjacent pixels, the latest and the one-before-latest place there, plus one. */
  private final int[] pairHeads = new int[1 << HASH_BITS];
  private final int[] pairOlder = new int[1 << HASH_BITS];
  /** Per hash of one pixel, the latest place there, plus one. */
  private final int[] singleHeads = new int[1 << HASH_BITS];
  /** Places in the hash tables are {@code row << xBits | x}. */
  private final int xBits;
  private final int xMask;
  /** Whether places fit in an {@code int}; if not (a billion pixels), only runs and the row above match. */
  private final boolean farMatches;
  private int y;

  private final int[] tokens;
  private int tokenCount;
  private final int[] literalFreq = new int[286];
  private final int[] distanceFreq = new int[30];

  /**
   * @param bytesPerPixel 3 (RGB) or 4 (RGBA)
   * @param width pixels per row
   * @param height rows
   * @param maxTokens the most tokens a block may hold
   */
  MatchFinder(int bytesPerPixel, int width, int height, int maxTokens) {
    this.bytesPerPixel = bytesPerPixel;
    this.width = width;
    this.rowBytes = 1 + width * bytesPerPixel;
    this.maxMatchPixels = MAX_MATCH / bytesPerPixel;
    this.history = new int[Math.min(height, WINDOW / rowBytes + 2)][width];
    this.xBits = 32 - Integer.numberOfLeadingZeros(width - 1);
    this.xMask = (1 << xBits) - 1;
    this.farMatches = ((long) height << xBits) < Integer.MAX_VALUE;
    this.tokens = new int[maxTokens];
  }

  /** The buffer to fill with the next row's filtered pixels before {@link #addRow}. */
  int[] nextRow() {
    return history[y % history.length];
  }

  /** Adds the tokens of the row filled into {@link #nextRow()}, filtered with PNG filter type {@code filter}. */
  void addRow(int filter) {
    int[] row = history[y % history.length];
    literal(filter);
    int bpp = bytesPerPixel;
    int width = this.width;
    int[] above = y > 0 && rowBytes <= WINDOW ? history[(y - 1) % history.length] : null;
    int here = y << xBits; // a place in the hash tables: row << xBits | x
    int x = 0;
    while (x < width) {
      int v = row[x];
      int best = x > 0 && row[x - 1] == v ? runLength(row, x, row, x - 1, width) : 0;
      int distance = bpp;
      int recent = -1;
      int older = -1;
      if (farMatches && x + 1 < width) {
        int slot = hash(v, row[x + 1]);
        recent = pairHeads[slot] - 1;
        older = pairOlder[slot] - 1;
        pairOlder[slot] = recent + 1;
        pairHeads[slot] = (here | x) + 1;
      }
      int single = -1;
      if (farMatches) {
        int singleSlot = hash(v, 0);
        single = singleHeads[singleSlot] - 1;
        singleHeads[singleSlot] = (here | x) + 1;
      }
      // A run of one colour is the cheapest match (no distance bits): look further only if it is short.
      if (best < Math.min(width - x, maxMatchPixels)) {
        if (above != null && above[x] == v) {
          int up = runLength(row, x, above, x, width);
          if (up > best) {
            best = up;
            distance = rowBytes;
          }
        }
        for (int k = 0; k < 2; k++) { // the two latest places where these two pixels were seen
          int c = k == 0 ? recent : older;
          if (c < 0) {
            break;
          }
          int back = rowsBack(c);
          if (back < 0) {
            continue;
          }
          int cx = c & xMask;
          int d = back * rowBytes + (x - cx) * bpp;
          int[] from = history[(y - back) % history.length];
          if (d <= WINDOW && d != bpp && d != rowBytes && from[cx] == v) {
            int run = runLength(row, x, from, cx, width);
            if (run > best && run >= 2) {
              best = run;
              distance = d;
            }
          }
        }
        if (best == 0 && single >= 0) { // else the latest place where this one pixel was seen
          int back = rowsBack(single);
          if (back >= 0) {
            int cx = single & xMask;
            int d = back * rowBytes + (x - cx) * bpp;
            int[] from = history[(y - back) % history.length];
            if (d <= WINDOW && from[cx] == v) {
              best = runLength(row, x, from, cx, width);
              distance = d;
            }
          }
        }
        if (distance != bpp) {
          best = Math.min(best, maxMatchPixels); // then look again: a cheaper run may take over
        }
      }
      if (best == 0) {
        x++;
        literal((v >>> 16) & 0xFF);
        literal((v >>> 8) & 0xFF);
        literal(v & 0xFF);
        if (bpp == 4) {
          literal(v >>> 24);
        }
        continue;
      }
      x += best;
      while (best > 0) {
        int chunk = Math.min(best, maxMatchPixels);
        match(chunk * bpp, distance);
        best -= chunk;
      }
    }
    y++;
  }

  /** The current block's tokens, valid up to {@link #tokenCount()}. */
  int[] tokens() {
    return tokens;
  }

  int tokenCount() {
    return tokenCount;
  }

  /** How often each literal/length symbol occurs in the current block. */
  int[] literalFreq() {
    return literalFreq;
  }

  /** How often each distance symbol occurs in the current block. */
  int[] distanceFreq() {
    return distanceFreq;
  }

  /** Starts a new block: no tokens, every count 0. */
  void clearBlock() {
    tokenCount = 0;
    Arrays.fill(literalFreq, 0);
    Arrays.fill(distanceFreq, 0);
  }

  /** How many rows before the current one a place in the hash tables is, or -1 if out of reach. */
  private int rowsBack(int place) {
    int back = y - (place >>> xBits);
    return back < history.length ? back : -1;
  }

  private static int hash(int a, int b) {
    return ((a * 0x9E37_79B1) ^ (b * 0x85EB_CA77)) >>> (32 - HASH_BITS);
  }

  /** How many pixels from {@code x} on equal those at {@code from} on, within both rows. */
  private static int runLength(int[] a, int x, int[] b, int from, int width) {
    int n = width - Math.max(x, from);
    int at = Arrays.mismatch(a, x, x + n, b, from, from + n);
    return at < 0 ? n : at;
  }

  private void literal(int value) {
    tokens[tokenCount++] = value;
    literalFreq[value]++;
  }

  private void match(int length, int distance) {
    tokens[tokenCount++] = MATCH | distance << 9 | length;
    literalFreq[LENGTH_SYMBOL[length]]++;
    distanceFreq[distanceSymbol(distance)]++;
  }
}
