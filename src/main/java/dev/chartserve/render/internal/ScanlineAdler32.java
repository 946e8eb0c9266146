package dev.chartserve.render.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.zip.Adler32;

/**
 * The Adler-32 (RFC 1950) of a PNG's scanlines, the checksum that ends its zlib stream: each scanline
 * (filter byte, then R, G, B[, A] per pixel) is summed by {@link Adler32} and appended to the running
 * sums as zlib's {@code adler32_combine} does. One instance per image; not thread-safe.
 */
final class ScanlineAdler32 {
  private static final int ADLER_BASE = 65521;
  private static final VarHandle BIG_ENDIAN_INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private final int bytesPerPixel;
  private final int width;
  private final int rowBytes;
  /** One scanline's bytes, for {@link #rowAdler}; + 1: pixels are stored four bytes at a time. */
  private final byte[] scanline;
  /** The Adler-32 of one scanline; {@link #adlerLow}/{@link #adlerHigh} that of all so far. */
  private final Adler32 rowAdler = new Adler32();
  private long adlerLow = 1;
  private long adlerHigh;

  /**
   * @param bytesPerPixel 3 (RGB) or 4 (RGBA)
   * @param width pixels per row
   */
  ScanlineAdler32(int bytesPerPixel, int width) {
    this.bytesPerPixel = bytesPerPixel;
    this.width = width;
    this.rowBytes = 1 + width * bytesPerPixel;
    this.scanline = new byte[rowBytes + 1];
  }

  /** Adds the scanline of PNG filter type {@code filter} and filtered pixels {@code row} (0xAARRGGBB). */
  void addRow(int filter, int[] row) {
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
    combine(sum & 0xFFFF, sum >>> 16);
  }

  /** Adds a scanline of PNG filter type {@code filter} whose filtered bytes are all 0, without a pass over it. */
  void addZeroRow(int filter) {
    // The Adler-32 sums of the filter byte followed by zeros: the low sum stays at 1 + filter.
    combine(1 + filter, (long) rowBytes * (1 + filter));
  }

  /** The Adler-32 of every scanline added so far. */
  int value() {
    return (int) (adlerHigh << 16 | adlerLow);
  }

  /**
   * Appends a scanline with Adler-32 sums {@code low}, {@code high} to the running checksum: what
   * zlib's {@code adler32_combine} does (low = 1 + the bytes' sum; high = the low sum after each byte,
   * summed).
   */
  private void combine(long low, long high) {
    long before = adlerLow;
    adlerLow = (before + low - 1) % ADLER_BASE;
    adlerHigh = (adlerHigh + high % ADLER_BASE + (rowBytes % ADLER_BASE) * (before + ADLER_BASE - 1)) % ADLER_BASE;
  }
}
