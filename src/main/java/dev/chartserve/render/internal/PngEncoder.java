package dev.chartserve.render.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * PNG written by ChartServe itself (no ImageIO): 8-bit RGB (colour type 2) when every pixel is opaque,
 * RGBA (colour type 6) otherwise; the resolution in a {@code pHYs} chunk (pixels per metre), as
 * matplotlib writes it; one {@code IDAT} chunk made by {@link PixelDeflater}.
 *
 * <p>It reads the {@code int} pixels of {@code TYPE_INT_RGB} and {@code TYPE_INT_ARGB} images in place;
 * other image types are converted to ARGB first. Each row gets the PNG filter that suits it, chosen from
 * cheap pixel comparisons (see {@link #chooseFilter}). Lossless and deterministic: the same pixels give
 * the same bytes. Thread-safe: every call works on buffers of its own.
 */
public final class PngEncoder {
  static final int NONE = 0;
  static final int SUB = 1;
  static final int UP = 2;
  static final int AVERAGE = 3;
  static final int PAETH = 4;
  /** Per row: "up" for a row equal to the one above, else {@link #chooseFilter}'s choice (the default). */
  static final int CHOOSE = -1;

  private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
  private static final int BLOCK_TOKENS = 1 << 14;
  private static final int HIGH = 0x8080_8080;
  /** {@link #chooseFilter} looks at every this many pixels of a row. */
  static final int SAMPLE_STEP = 4;

  private PngEncoder() {
  }

  /** Encodes {@code image} with {@code dpi} recorded in its {@code pHYs} chunk. */
  public static void encode(BufferedImage image, double dpi, OutputStream out) throws IOException {
    encode(image, Math.round(dpi / ImageWriters.METRES_PER_INCH), out, CHOOSE);
  }

  /** Encodes {@code image} without a {@code pHYs} chunk (for images embedded in other formats). */
  public static void encode(BufferedImage image, OutputStream out) throws IOException {
    encode(image, 0L, out, CHOOSE);
  }

  /** With a fixed {@code filter} for every row, or {@link #CHOOSE}; for tests and measurements. */
  static void encode(BufferedImage image, long pixelsPerMetre, OutputStream out, int filter) throws IOException {
    int width = image.getWidth();
    int height = image.getHeight();
    Pixels pixels = Pixels.of(image);
    boolean alpha = pixels.hasAlpha(width, height);
    int bpp = alpha ? 4 : 3;

    byte[] head = new byte[SIGNATURE.length + 25 + (pixelsPerMetre > 0 ? 21 : 0)];
    System.arraycopy(SIGNATURE, 0, head, 0, SIGNATURE.length);
    int at = SIGNATURE.length;
    byte[] ihdr = new byte[13];
    putInt(ihdr, 0, width);
    putInt(ihdr, 4, height);
    ihdr[8] = 8; // bits per sample
    ihdr[9] = (byte) (alpha ? 6 : 2); // colour type: RGBA or RGB; compression, filter, interlace: 0
    at = chunk(head, at, "IHDR", ihdr, ihdr.length);
    if (pixelsPerMetre > 0) {
      byte[] phys = new byte[9];
      int perMetre = (int) Math.min(pixelsPerMetre, 0x7FFF_FFFFL);
      putInt(phys, 0, perMetre);
      putInt(phys, 4, perMetre);
      phys[8] = 1; // unit: metre
      at = chunk(head, at, "pHYs", phys, phys.length);
    }
    out.write(head, 0, at);

    PixelDeflater deflater = new PixelDeflater(bpp, width, height, BLOCK_TOKENS, width * height / 16 + 1024);
    filterRows(pixels, width, height, alpha ? -1 : 0x00FF_FFFF, filter, deflater);
    int length = deflater.finish();
    byte[] idat = deflater.bytes();
    byte[] header = new byte[8];
    putInt(header, 0, length);
    header[4] = 'I';
    header[5] = 'D';
    header[6] = 'A';
    header[7] = 'T';
    CRC32 crc = new CRC32();
    crc.update(header, 4, 4);
    crc.update(idat, 0, length);
    out.write(header);
    out.write(idat, 0, length);
    byte[] tail = new byte[4 + 12];
    putInt(tail, 0, (int) crc.getValue());
    chunk(tail, 4, "IEND", tail, 0);
    out.write(tail);
  }

  private static void filterRows(Pixels pixels, int width, int height, int mask, int fixedFilter,
      PixelDeflater deflater) {
    int[] data = pixels.data;
    for (int y = 0; y < height; y++) {
      int start = pixels.offset + y * pixels.scanline;
      int prior = y > 0 ? start - pixels.scanline : -1;
      int[] row = deflater.nextRow();
      if (fixedFilter == CHOOSE && prior >= 0
          && Arrays.mismatch(data, start, start + width, data, prior, prior + width) < 0) {
        Arrays.fill(row, 0); // the same as the row above (the commonest row in a chart): "up" gives zeros
        deflater.addRow(UP, true);
        continue;
      }
      int filter = fixedFilter == CHOOSE ? chooseFilter(data, start, prior, width, mask) : fixedFilter;
      filter(filter, data, start, prior, width, mask, row);
      deflater.addRow(filter, false);
    }
  }

  /**
   * The filter for one row: sub for the first row ({@code prior < 0}); for any other, "up" when the
   * "up" differences change colour fewer than half as often as the row itself, else none. The row
   * changes colour at {@code x} when its pixel differs from the one at {@code x - 1}; its "up"
   * differences do when {@code pixel ^ above} differs from that of {@code x - 1}. Both are counted on
   * pixels masked with {@code mask}, only at every {@value #SAMPLE_STEP}th {@code x} from 1 on: choosing
   * costs that fraction of a pass over the row. ({@code filterRows} gives a row equal to the one above
   * "up" without asking.)
   *
   * <p>Why: runs are what {@link MatchFinder} codes cheapest (a new bar top on a flat background is
   * one run of "up" differences; a gradient, or a line crossing the row, is many). The bias to none:
   * a none-row is still matched against the row above, and keeps the colours that repeat across the
   * image (a heatmap's bands, a line's antialiased edge).
   */
  static int chooseFilter(int[] data, int start, int prior, int width, int mask) {
    if (prior < 0) {
      return SUB;
    }
    int runsNone = 0;
    int runsUp = 0;
    for (int x = 1; x < width; x += SAMPLE_STEP) {
      int here = data[start + x] & mask;
      int left = data[start + x - 1] & mask;
      runsNone += here != left ? 1 : 0;
      runsUp += (here ^ data[prior + x] & mask) != (left ^ data[prior + x - 1] & mask) ? 1 : 0;
    }
    return 2 * runsUp < runsNone ? UP : NONE;
  }

  /** Writes the filtered pixels of one row into {@code row} (one byte per channel, wrapping). */
  static void filter(int filter, int[] data, int start, int prior, int width, int mask, int[] row) {
    switch (filter) {
      case NONE -> {
        for (int x = 0; x < width; x++) {
          row[x] = data[start + x] & mask;
        }
      }
      case SUB -> {
        int left = 0;
        for (int x = 0; x < width; x++) {
          int p = data[start + x] & mask;
          row[x] = minus(p, left);
          left = p;
        }
      }
      case UP -> {
        if (prior < 0) {
          filter(NONE, data, start, prior, width, mask, row);
          return;
        }
        for (int x = 0; x < width; x++) {
          row[x] = minus(data[start + x] & mask, data[prior + x] & mask);
        }
      }
      case AVERAGE -> {
        int left = 0;
        for (int x = 0; x < width; x++) {
          int p = data[start + x] & mask;
          int up = prior < 0 ? 0 : data[prior + x] & mask;
          row[x] = minus(p, (left & up) + (((left ^ up) & 0xFEFE_FEFE) >>> 1)); // floor((a + b) / 2) per byte
          left = p;
        }
      }
      case PAETH -> {
        int left = 0;
        int upLeft = 0;
        for (int x = 0; x < width; x++) {
          int p = data[start + x] & mask;
          int up = prior < 0 ? 0 : data[prior + x] & mask;
          row[x] = minus(p, paeth(left, up, upLeft));
          left = p;
          upLeft = up;
        }
      }
      default -> throw new IllegalArgumentException("PNG filter type " + filter);
    }
  }

  /** {@code a - b} in each of the four bytes, modulo 256, without borrows between bytes. */
  private static int minus(int a, int b) {
    return ((a | HIGH) - (b & ~HIGH)) ^ ((a ^ ~b) & HIGH);
  }

  /** The Paeth predictor (PNG spec, 9.4) of each byte. */
  private static int paeth(int a, int b, int c) {
    int result = 0;
    for (int shift = 0; shift < 32; shift += 8) {
      int ca = (a >>> shift) & 0xFF;
      int cb = (b >>> shift) & 0xFF;
      int cc = (c >>> shift) & 0xFF;
      int pa = Math.abs(cb - cc);
      int pb = Math.abs(ca - cc);
      int pc = Math.abs(ca + cb - 2 * cc);
      int predictor = pa <= pb && pa <= pc ? ca : pb <= pc ? cb : cc;
      result |= predictor << shift;
    }
    return result;
  }

  private static int chunk(byte[] to, int at, String type, byte[] data, int length) {
    putInt(to, at, length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(name, 0, to, at + 4, 4);
    System.arraycopy(data, 0, to, at + 8, length);
    CRC32 crc = new CRC32();
    crc.update(to, at + 4, 4 + length);
    putInt(to, at + 8 + length, (int) crc.getValue());
    return at + 12 + length;
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  /** An image's pixels as {@code 0xAARRGGBB} ints, in place where the image stores them so. */
  private record Pixels(int[] data, int offset, int scanline, boolean mayHaveAlpha) {
    static Pixels of(BufferedImage image) {
      int type = image.getType();
      WritableRaster raster = image.getRaster();
      if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
          && raster.getDataBuffer() instanceof DataBufferInt buffer
          && buffer.getNumBanks() == 1
          && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model) {
        int scanline = model.getScanlineStride();
        int offset = buffer.getOffset()
            - raster.getSampleModelTranslateY() * scanline - raster.getSampleModelTranslateX();
        return new Pixels(buffer.getData(), offset, scanline, type == BufferedImage.TYPE_INT_ARGB);
      }
      int width = image.getWidth();
      int[] argb = image.getRGB(0, 0, width, image.getHeight(), null, 0, width);
      return new Pixels(argb, 0, width, image.getColorModel().hasAlpha());
    }

    /** Whether any pixel is less than opaque: only then is the alpha channel written. */
    boolean hasAlpha(int width, int height) {
      if (!mayHaveAlpha) {
        return false;
      }
      for (int y = 0; y < height; y++) {
        int start = offset + y * scanline;
        for (int x = 0; x < width; x++) {
          if ((data[start + x] >>> 24) != 0xFF) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
