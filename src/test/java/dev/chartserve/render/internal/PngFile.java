package dev.chartserve.render.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A strict reader of 8-bit RGB/RGBA PNG files, written for the tests and independent of the encoder and
 * of ImageIO: it checks the signature, every chunk's CRC-32, the chunk order, the zlib header and the
 * Adler-32 of the inflated scanlines, then undoes all five filter types itself.
 */
final class PngFile {
  private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};

  record Chunk(String type, byte[] data) {
  }

  final List<Chunk> chunks = new ArrayList<>();
  final int width;
  final int height;
  final int colourType;
  /** Filter type of each row, as written. */
  final int[] filters;
  /** Decoded pixels, {@code 0xAARRGGBB} (alpha 0xFF for RGB). */
  final int[] argb;

  private PngFile(byte[] png) {
    byte[] signature = new byte[8];
    System.arraycopy(png, 0, signature, 0, 8);
    assertArrayEquals(SIGNATURE, signature, "PNG signature");
    int at = 8;
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    while (at < png.length) {
      int length = getInt(png, at);
      assertTrue(length >= 0 && at + 12 + length <= png.length, "chunk length " + length + " at " + at);
      String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
      CRC32 crc = new CRC32();
      crc.update(png, at + 4, 4 + length);
      assertEquals((int) crc.getValue(), getInt(png, at + 8 + length), type + " chunk CRC");
      byte[] data = new byte[length];
      System.arraycopy(png, at + 8, data, 0, length);
      chunks.add(new Chunk(type, data));
      if (type.equals("IDAT")) {
        zlib.writeBytes(data);
      }
      at += 12 + length;
    }
    assertEquals(png.length, at, "no bytes after the last chunk");
    assertEquals("IHDR", chunks.get(0).type(), "IHDR first");
    assertEquals("IEND", chunks.get(chunks.size() - 1).type(), "IEND last");
    assertEquals(0, chunks.get(chunks.size() - 1).data().length, "IEND is empty");
    byte[] ihdr = chunks.get(0).data();
    assertEquals(13, ihdr.length);
    width = getInt(ihdr, 0);
    height = getInt(ihdr, 4);
    assertEquals(8, ihdr[8], "bit depth");
    colourType = ihdr[9];
    assertTrue(colourType == 2 || colourType == 6, "colour type " + colourType);
    assertEquals(0, ihdr[10] | ihdr[11] | ihdr[12], "compression, filter method, interlace");
    int bpp = colourType == 6 ? 4 : 3;
    int stride = 1 + width * bpp;
    byte[] raw = inflate(zlib.toByteArray(), (long) stride * height);
    filters = new int[height];
    argb = unfilter(raw, bpp, stride);
  }

  /** Parses and checks {@code png}; fails the test on anything malformed. */
  static PngFile read(byte[] png) {
    return new PngFile(png);
  }

  List<String> chunkTypes() {
    return chunks.stream().map(Chunk::type).toList();
  }

  Chunk chunk(String type) {
    return chunks.stream().filter(c -> c.type().equals(type)).findFirst().orElseThrow();
  }

  private static byte[] inflate(byte[] zlib, long expected) {
    assertTrue(zlib.length >= 6, "zlib stream too short");
    int cmf = zlib[0] & 0xFF;
    int flg = zlib[1] & 0xFF;
    assertEquals(8, cmf & 0x0F, "zlib method deflate");
    assertTrue((cmf >>> 4) <= 7, "zlib window at most 32 KiB");
    assertEquals(0, (cmf * 256 + flg) % 31, "zlib header check");
    assertEquals(0, flg & 0x20, "no preset dictionary");
    Inflater inflater = new Inflater(true); // raw: the header and the Adler-32 are checked here
    try {
      inflater.setInput(zlib, 2, zlib.length - 6);
      byte[] out = new byte[(int) expected];
      int n = 0;
      while (n < out.length && !inflater.finished()) {
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          fail("deflate stream ends early, after " + n + " of " + expected + " bytes");
        }
        n += got;
      }
      byte[] probe = new byte[1];
      assertEquals(0, inflater.finished() ? 0 : inflater.inflate(probe), "no data past the image");
      assertTrue(inflater.finished(), "deflate stream has a final block");
      assertEquals(0, inflater.getRemaining(), "nothing between the deflate stream and the Adler-32");
      Adler32 adler = new Adler32();
      adler.update(out);
      assertEquals((int) adler.getValue(), getInt(zlib, zlib.length - 4), "zlib Adler-32");
      return out;
    } catch (DataFormatException e) {
      throw new AssertionError("invalid deflate stream: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  private int[] unfilter(byte[] raw, int bpp, int stride) {
    int[] pixels = new int[width * height];
    byte[] prior = new byte[stride - 1];
    byte[] row = new byte[stride - 1];
    for (int y = 0; y < height; y++) {
      int filter = raw[y * stride];
      filters[y] = filter;
      for (int i = 0; i < row.length; i++) {
        int x = raw[y * stride + 1 + i] & 0xFF;
        int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
        int b = prior[i] & 0xFF;
        int c = i >= bpp ? prior[i - bpp] & 0xFF : 0;
        int predictor = switch (filter) {
          case 0 -> 0;
          case 1 -> a;
          case 2 -> b;
          case 3 -> (a + b) / 2;
          case 4 -> {
            int p = a + b - c;
            int pa = Math.abs(p - a);
            int pb = Math.abs(p - b);
            int pc = Math.abs(p - c);
            yield pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          }
          default -> throw new AssertionError("filter type " + filter + " in row " + y);
        };
        row[i] = (byte) (x + predictor);
      }
      for (int x = 0; x < width; x++) {
        int i = x * bpp;
        int alpha = bpp == 4 ? row[i + 3] & 0xFF : 0xFF;
        pixels[y * width + x] = alpha << 24 | (row[i] & 0xFF) << 16 | (row[i + 1] & 0xFF) << 8 | (row[i + 2] & 0xFF);
      }
      byte[] t = prior;
      prior = row;
      row = t;
    }
    return pixels;
  }

  static int getInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }
}
