package dev.chartserve.render.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A zlib stream (RFC 1950/1951) of PNG scanlines, made for chart images. Matches are whole pixels,
 * compared as {@code int}s with {@link Arrays#mismatch} rather than byte by byte along hash chains, at
 * four kinds of place: one pixel back (a run of one colour: no distance bits, preferred whenever it
 * fills a match), one scanline back (the row above), the two latest places where the same two pixels
 * were seen (a two-way hash table; such a match must cover two pixels), and, when nothing else
 * matched, the latest place where the same single pixel was seen. Each block of tokens gets dynamic
 * Huffman codes counted from its own tokens. The idea is the one fpng (Rich Geldreich) describes for
 * fast PNG writing; this is an implementation of our own.
 *
 * <p>Rows arrive already filtered, one {@code int} per pixel (in {@code 0xAARRGGBB} layout; the alpha
 * byte is written only when {@code bytesPerPixel} is 4). One instance per image; not thread-safe.
 */
final class PixelDeflater {
  private static final int MATCH = 0x8000_0000;
  private static final int END_OF_BLOCK = 256;
  private static final int MAX_MATCH = 258;
  private static final int HASH_BITS = 14;
  private static final int WINDOW = 32 * 1024;
  private static final int ADLER_BASE = 65521;
  private static final VarHandle BIG_ENDIAN_INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  /** Order in which the code-length code's lengths are sent (RFC 1951, 3.2.7). */
  private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  /** Length symbol (257..285) and extra bits per match length 3..258. */
  private static final int[] LENGTH_SYMBOL = new int[MAX_MATCH + 1];
  private static final int[] LENGTH_EXTRA_BITS = new int[MAX_MATCH + 1];
  private static final int[] LENGTH_BASE = new int[MAX_MATCH + 1];

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
  /** The Adler-32 of one scanline; {@link #adlerLow}/{@link #adlerHigh} that of all so far. */
  private final Adler32 rowAdler = new Adler32();
  private long adlerLow = 1;
  private long adlerHigh;
  private final byte[] scanline;
  /** Places in the hash tables are {@code row << xBits | x}. */
  private final int xBits;
  private final int xMask;
  /** Whether places fit in an {@code int}; if not (a billion pixels), only runs and the row above match. */
  private final boolean farMatches;
  private int y;

  private final int blockTokens;
  private final int[] tokens;
  private int tokenCount;
  private final int[] literalFreq = new int[286];
  private final int[] distanceFreq = new int[30];

  private byte[] out;
  private int outLength;
  private long bitBuffer;
  private int bitCount;

  /**
   * @param bytesPerPixel 3 (RGB) or 4 (RGBA)
   * @param width pixels per row
   * @param height rows
   * @param blockTokens tokens per DEFLATE block (a block ends at the first row boundary past this)
   * @param expectedBytes a first guess at the compressed size
   */
  PixelDeflater(int bytesPerPixel, int width, int height, int blockTokens, int expectedBytes) {
    this.bytesPerPixel = bytesPerPixel;
    this.width = width;
    this.rowBytes = 1 + width * bytesPerPixel;
    this.maxMatchPixels = MAX_MATCH / bytesPerPixel;
    this.history = new int[Math.min(height, WINDOW / rowBytes + 2)][width];
    this.scanline = new byte[rowBytes + 1]; // + 1: pixels are stored four bytes at a time
    this.xBits = 32 - Integer.numberOfLeadingZeros(width - 1);
    this.xMask = (1 << xBits) - 1;
    this.farMatches = ((long) height << xBits) < Integer.MAX_VALUE;
    this.blockTokens = blockTokens;
    this.tokens = new int[blockTokens + rowBytes]; // a row adds at most rowBytes tokens
    this.out = new byte[Math.max(expectedBytes, 1024)];
    out[outLength++] = 0x78; // deflate, 32 KiB window
    out[outLength++] = 0x01; // "fastest" level; 0x7801 is a multiple of 31 as the header check needs
  }

  /** The buffer to fill with the next row's filtered pixels before {@link #addRow}. */
  int[] nextRow() {
    return history[y % history.length];
  }

  /**
   * Adds the row filled into {@link #nextRow()}, filtered with PNG filter type {@code filter};
   * {@code zeros} says that every filtered byte is 0 (saves the checksum pass over it).
   */
  void addRow(int filter, boolean zeros) {
    if (tokenCount >= blockTokens) {
      writeBlock(false);
    }
    int[] row = history[y % history.length];
    if (zeros) {
      // The Adler-32 sums of the filter byte followed by zeros: the low sum stays at 1 + filter.
      addToChecksum(1 + filter, (long) rowBytes * (1 + filter));
    } else {
      writeScanlineForChecksum(filter, row);
    }
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

  private void writeScanlineForChecksum(int filter, int[] row) {
    byte[] s = scanline;
    s[0] = (byte) filter;
    int i = 1;
    int width = this.width;
    if (bytesPerPixel == 3) {
      for (int x = 0; x < width; x++) { // R, G, B and a byte the next pixel overwrites
        BIG_ENDIAN_INT.set(s, i, row[x] << 8);
        i += 3;
      }
    } else {
      for (int x = 0; x < width; x++) {
        BIG_ENDIAN_INT.set(s, i, Integer.rotateLeft(row[x], 8)); // ARGB to R, G, B, A
        i += 4;
      }
    }
    rowAdler.reset();
    rowAdler.update(s, 0, rowBytes);
    int sum = (int) rowAdler.getValue();
    addToChecksum(sum & 0xFFFF, sum >>> 16);
  }

  /**
   * Appends a scanline with Adler-32 sums {@code low}, {@code high} to the running checksum: what
   * zlib's {@code adler32_combine} does (low = 1 + the bytes' sum; high = the low sum after each byte,
   * summed).
   */
  private void addToChecksum(long low, long high) {
    long before = adlerLow;
    adlerLow = (before + low - 1) % ADLER_BASE;
    adlerHigh = (adlerHigh + high % ADLER_BASE + (rowBytes % ADLER_BASE) * (before + ADLER_BASE - 1)) % ADLER_BASE;
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

  /** Ends the stream: the last block, then the Adler-32 of all scanlines. Returns the zlib bytes' length. */
  int finish() {
    writeBlock(true);
    flushBits();
    int sum = (int) (adlerHigh << 16 | adlerLow);
    ensure(4);
    out[outLength++] = (byte) (sum >>> 24);
    out[outLength++] = (byte) (sum >>> 16);
    out[outLength++] = (byte) (sum >>> 8);
    out[outLength++] = (byte) sum;
    return outLength;
  }

  /** The zlib stream so far; valid up to {@link #finish()}'s length. */
  byte[] bytes() {
    return out;
  }

  private void writeBlock(boolean last) {
    // At most 48 bits a token (length code, extra bits, distance code, extra bits), and the header.
    ensure(tokenCount * 6 + 1024);
    literalFreq[END_OF_BLOCK]++;
    HuffmanCode lit = HuffmanCode.build(literalFreq, 15);
    HuffmanCode dist = HuffmanCode.build(distanceFreq, 15);
    writeBits(last ? 1 : 0, 1);
    writeBits(2, 2); // dynamic Huffman codes
    writeCodeLengths(lit.lengths, dist.lengths);
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
        writeBits(litCodes[t], litLengths[t]);
        continue;
      }
      int length = t & 0x1FF;
      writeBits(lengthBits[length], lengthCount[length]);
      int distance = (t >>> 9) & 0xFFFF;
      int d = distanceSymbol(distance);
      int extra = d >= 4 ? (d >>> 1) - 1 : 0;
      writeBits(distCodes[d] | ((distance - 1) & ((1 << extra) - 1)) << distLengths[d], distLengths[d] + extra);
    }
    writeBits(litCodes[END_OF_BLOCK], litLengths[END_OF_BLOCK]);
    tokenCount = 0;
    Arrays.fill(literalFreq, 0);
    Arrays.fill(distanceFreq, 0);
  }

  /** The literal/length and distance code lengths, run-length coded with the code-length code. */
  private void writeCodeLengths(int[] litLengths, int[] distLengths) {
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
    writeBits(hlit - 257, 5);
    writeBits(hdist - 1, 5);
    writeBits(hclen - 4, 4);
    for (int i = 0; i < hclen; i++) {
      writeBits(code.lengths[CODE_LENGTH_ORDER[i]], 3);
    }
    for (int i = 0; i < count; i++) {
      int symbol = runs[i] & 0xFF;
      writeBits(code.codes[symbol], code.lengths[symbol]);
      switch (symbol) {
        case 16 -> writeBits(runs[i] >>> 8, 2);
        case 17 -> writeBits(runs[i] >>> 8, 3);
        case 18 -> writeBits(runs[i] >>> 8, 7);
        default -> {
        }
      }
    }
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

  /** Writes {@code count} bits; {@link #ensure} must have made room for them. */
  private void writeBits(int value, int count) {
    bitBuffer |= (long) value << bitCount;
    bitCount += count;
    if (bitCount >= 32) {
      long b = bitBuffer;
      out[outLength] = (byte) b;
      out[outLength + 1] = (byte) (b >>> 8);
      out[outLength + 2] = (byte) (b >>> 16);
      out[outLength + 3] = (byte) (b >>> 24);
      outLength += 4;
      bitBuffer = b >>> 32;
      bitCount -= 32;
    }
  }

  private void flushBits() {
    while (bitCount > 0) {
      ensure(1);
      out[outLength++] = (byte) bitBuffer;
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
    bitCount = 0;
    bitBuffer = 0;
  }

  private void ensure(int bytes) {
    if (outLength + bytes > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + bytes));
    }
  }
}
