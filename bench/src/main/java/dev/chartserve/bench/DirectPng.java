package dev.chartserve.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An experiment, not production code: a PNG encoder that reads the {@code int} pixels of a
 * {@code TYPE_INT_RGB}/{@code TYPE_INT_ARGB} image directly (no ImageIO, no per-row {@code Raster}
 * copies), filters each row as libpng does by default (the filter with the smallest sum of absolute
 * differences, or one fixed filter) and deflates with a given level. It measures what the JDK's
 * ImageIO writer costs compared with the work a PNG must do. Same pixels, same {@code pHYs}.
 */
final class DirectPng {
  static final int NONE = 0;
  static final int SUB = 1;
  static final int UP = 2;
  static final int PAETH = 4;
  /** Pick per row, as libpng's default does. */
  static final int ADAPTIVE = -1;

  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

  private DirectPng() {
  }

  static byte[] encode(BufferedImage image, double dpi, int level, int filter) {
    int type = image.getType();
    if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB) {
      throw new IllegalArgumentException("INT_RGB or INT_ARGB only, was type " + type);
    }
    boolean alpha = type == BufferedImage.TYPE_INT_ARGB;
    int width = image.getWidth();
    int height = image.getHeight();
    int bpp = alpha ? 4 : 3;
    int stride = ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();

    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(SIGNATURE);
    byte[] ihdr = new byte[13];
    putInt(ihdr, 0, width);
    putInt(ihdr, 4, height);
    ihdr[8] = 8;
    ihdr[9] = (byte) (alpha ? 6 : 2);
    chunk(out, "IHDR", ihdr, ihdr.length);
    byte[] phys = new byte[9];
    int perMetre = (int) Math.round(dpi / 0.0254);
    putInt(phys, 0, perMetre);
    putInt(phys, 4, perMetre);
    phys[8] = 1;
    chunk(out, "pHYs", phys, phys.length);

    int rowBytes = width * bpp;
    byte[] prev = new byte[rowBytes];
    byte[] cur = new byte[rowBytes];
    byte[][] candidates = new byte[5][1 + rowBytes];
    Deflater deflater = new Deflater(level);
    byte[] compressed = new byte[Math.max(64 * 1024, rowBytes * height / 4)];
    int compressedLength = 0;
    try {
      for (int y = 0; y < height; y++) {
        int base = y * stride;
        for (int x = 0, i = 0; x < width; x++) {
          int p = pixels[base + x];
          cur[i++] = (byte) (p >> 16);
          cur[i++] = (byte) (p >> 8);
          cur[i++] = (byte) p;
          if (alpha) {
            cur[i++] = (byte) (p >>> 24);
          }
        }
        byte[] row = filter == ADAPTIVE ? best(cur, prev, bpp, candidates) : apply(filter, cur, prev, bpp, candidates[filter]);
        deflater.setInput(row, 0, row.length);
        while (!deflater.needsInput()) {
          if (compressedLength == compressed.length) {
            compressed = java.util.Arrays.copyOf(compressed, compressed.length * 2);
          }
          compressedLength += deflater.deflate(compressed, compressedLength, compressed.length - compressedLength);
        }
        byte[] t = prev;
        prev = cur;
        cur = t;
      }
      deflater.finish();
      while (!deflater.finished()) {
        if (compressedLength == compressed.length) {
          compressed = java.util.Arrays.copyOf(compressed, compressed.length * 2);
        }
        compressedLength += deflater.deflate(compressed, compressedLength, compressed.length - compressedLength);
      }
    } finally {
      deflater.end();
    }
    chunk(out, "IDAT", compressed, compressedLength);
    chunk(out, "IEND", new byte[0], 0);
    return out.toByteArray();
  }

  private static byte[] best(byte[] cur, byte[] prev, int bpp, byte[][] candidates) {
    byte[] best = null;
    long bestSum = Long.MAX_VALUE;
    for (int f : new int[] {NONE, SUB, UP, PAETH}) {
      byte[] row = apply(f, cur, prev, bpp, candidates[f]);
      long sum = 0;
      for (int i = 1; i < row.length && sum < bestSum; i++) {
        sum += Math.abs(row[i]);
      }
      if (sum < bestSum) {
        bestSum = sum;
        best = row;
      }
    }
    return best;
  }

  private static byte[] apply(int filter, byte[] cur, byte[] prev, int bpp, byte[] row) {
    row[0] = (byte) filter;
    int n = cur.length;
    switch (filter) {
      case NONE -> System.arraycopy(cur, 0, row, 1, n);
      case SUB -> {
        for (int i = 0; i < n; i++) {
          row[1 + i] = (byte) (cur[i] - (i >= bpp ? cur[i - bpp] : 0));
        }
      }
      case UP -> {
        for (int i = 0; i < n; i++) {
          row[1 + i] = (byte) (cur[i] - prev[i]);
        }
      }
      case PAETH -> {
        for (int i = 0; i < n; i++) {
          int a = i >= bpp ? cur[i - bpp] & 0xFF : 0;
          int b = prev[i] & 0xFF;
          int c = i >= bpp ? prev[i - bpp] & 0xFF : 0;
          int p = a + b - c;
          int pa = Math.abs(p - a);
          int pb = Math.abs(p - b);
          int pc = Math.abs(p - c);
          int predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          row[1 + i] = (byte) (cur[i] - predictor);
        }
      }
      default -> throw new IllegalArgumentException("filter " + filter);
    }
    return row;
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
    byte[] header = new byte[8];
    putInt(header, 0, length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(name, 0, header, 4, 4);
    out.write(header, 0, 8);
    out.write(data, 0, length);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, 0, length);
    byte[] trailer = new byte[4];
    putInt(trailer, 0, (int) crc.getValue());
    out.write(trailer, 0, 4);
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
