package dev.chartserve.render.internal;

/**
 * A zlib stream (RFC 1950/1951) of PNG scanlines, made for chart images: the zlib header, DEFLATE
 * blocks of the rows' tokens ({@link MatchFinder}), each block with dynamic Huffman codes counted from
 * its own tokens ({@link DynamicHuffmanBlock}), and the scanlines' Adler-32 ({@link ScanlineAdler32}).
 * The idea is the one fpng (Rich Geldreich) describes for fast PNG writing; this is an implementation
 * of our own.
 *
 * <p>Rows arrive already filtered, one {@code int} per pixel (in {@code 0xAARRGGBB} layout; the alpha
 * byte is written only when {@code bytesPerPixel} is 4). One instance per image; not thread-safe.
 */
final class PixelDeflater {
  private final int blockTokens;
  private final MatchFinder matches;
  private final ScanlineAdler32 checksum;
  private final BitWriter bits;

  /**
   * @param bytesPerPixel 3 (RGB) or 4 (RGBA)
   * @param width pixels per row
   * @param height rows
   * @param blockTokens tokens per DEFLATE block (a block ends at the first row boundary past this)
   * @param expectedBytes a first guess at the compressed size
   */
  PixelDeflater(int bytesPerPixel, int width, int height, int blockTokens, int expectedBytes) {
    int rowBytes = 1 + width * bytesPerPixel;
    this.blockTokens = blockTokens;
    // A block ends at the first row boundary past blockTokens, and a row adds at most rowBytes tokens.
    this.matches = new MatchFinder(bytesPerPixel, width, height, blockTokens + rowBytes);
    this.checksum = new ScanlineAdler32(bytesPerPixel, width);
    this.bits = new BitWriter(Math.max(expectedBytes, 1024));
    bits.writeByte(0x78); // deflate, 32 KiB window
    bits.writeByte(0x01); // "fastest" level; 0x7801 is a multiple of 31 as the header check needs
  }

  /** The buffer to fill with the next row's filtered pixels before {@link #addRow}. */
  int[] nextRow() {
    return matches.nextRow();
  }

  /**
   * Adds the row filled into {@link #nextRow()}, filtered with PNG filter type {@code filter};
   * {@code zeros} says that every filtered byte is 0 (saves the checksum pass over it).
   */
  void addRow(int filter, boolean zeros) {
    if (matches.tokenCount() >= blockTokens) {
      writeBlock(false);
    }
    if (zeros) {
      checksum.addZeroRow(filter);
    } else {
      checksum.addRow(filter, matches.nextRow());
    }
    matches.addRow(filter);
  }

  /** Ends the stream: the last block, then the Adler-32 of all scanlines. Returns the zlib bytes' length. */
  int finish() {
    writeBlock(true);
    bits.flushBits();
    int sum = checksum.value();
    bits.writeByte(sum >>> 24);
    bits.writeByte(sum >>> 16);
    bits.writeByte(sum >>> 8);
    bits.writeByte(sum);
    return bits.length();
  }

  /** The zlib stream so far; valid up to {@link #finish()}'s length. */
  byte[] bytes() {
    return bits.bytes();
  }

  private void writeBlock(boolean last) {
    DynamicHuffmanBlock.write(bits, matches.tokens(), matches.tokenCount(), matches.literalFreq(),
        matches.distanceFreq(), last);
    matches.clearBlock();
  }
}
