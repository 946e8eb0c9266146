package dev.chartserve.render.internal;

import java.util.Arrays;

/**
 * Bits into a growing byte array, least significant bit first, as DEFLATE packs them (RFC 1951,
 * 3.1.1). {@link #writeBits} does not check for room, so that a block's inner loop does not:
 * {@link #ensure} it first. One instance per stream; not thread-safe.
 */
final class BitWriter {
  private byte[] out;
  private int outLength;
  private long bitBuffer;
  private int bitCount;

  /** @param capacity the first size of the byte array; it grows as needed */
  BitWriter(int capacity) {
    this.out = new byte[capacity];
  }

  /** Writes {@code count} bits; {@link #ensure} must have made room for them. */
  void writeBits(int value, int count) {
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

  /** Writes the pending bits, the last byte padded with zeros. */
  void flushBits() {
    while (bitCount > 0) {
      ensure(1);
      out[outLength++] = (byte) bitBuffer;
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
    bitCount = 0;
    bitBuffer = 0;
  }

  /** Writes one whole byte; no bits may be pending (before the first bits, or after {@link #flushBits}). */
  void writeByte(int value) {
    ensure(1);
    out[outLength++] = (byte) value;
  }

  /** Makes room for {@code bytes} more bytes. */
  void ensure(int bytes) {
    if (outLength + bytes > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + bytes));
    }
  }

  /** The bytes written so far, valid up to {@link #length()}; a new array after the buffer grows. */
  byte[] bytes() {
    return out;
  }

  /** How many whole bytes have been written. */
  int length() {
    return outLength;
  }
}
