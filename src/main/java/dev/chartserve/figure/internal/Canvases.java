package dev.chartserve.figure.internal;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Blank {@code int} images to draw on, whose pixel arrays are handed back when the drawing is done and
 * handed out again, cleared, to the next one.
 *
 * <p>Why: a chart's canvas is one {@code int[]} of a megabyte or more (640 × 480 px is 1.2 MB). The G1
 * collector allocates every array of half a region or more (512 KiB with the 1 MiB regions of a heap
 * up to 2 GiB) as a "humongous" object outside the thread's allocation buffer, and each one counts
 * towards starting a concurrent marking cycle; reusing the arrays avoids both (docs/decisions.md,
 * "Canvases").
 *
 * <p>This is the one piece of state that requests share besides the global lock of
 * {@code global-lock} mode (docs/decisions.md says why that is safe):
 *
 * <ul>
 *   <li>it holds no chart data: an array is cleared to zero when it is handed out, so a canvas is the
 *       same as a new {@code BufferedImage} of that size and type, and the bytes of a chart do not
 *       depend on which array it got (the concurrency harness checks exactly that);
 *   <li>an array belongs to one caller at a time, from {@link #blank} until {@link #recycle}; taking
 *       one is a compare-and-set on its slot, nothing waits on a lock;
 *   <li>it is bounded: {@value #SLOTS} arrays of 512 KiB to 16 MiB, {@value #BUDGET_BYTES} bytes in all;
 *       smaller arrays are cheap to allocate and are never kept, larger ones are not kept either;
 *   <li>it holds {@code int[]}s only, no class of the application, so it never pins the web
 *       application's class loader: it goes away with this class on undeploy.
 * </ul>
 *
 * <p>A caller must not touch an image, its raster or its array after recycling it. Images that are
 * never recycled are simply garbage. Thread-safe.
 */
public final class Canvases {
  /** Pixels below which an array is not worth keeping: under G1's smallest humongous threshold. */
  static final int MIN_PIXELS = 128 * 1024;
  /** Pixels above which an array is not kept (16 MiB): a rare poster-sized chart pays its own way. */
  static final int MAX_PIXELS = 4 * 1024 * 1024;
  static final int SLOTS = 8;
  static final long BUDGET_BYTES = 48L * 1024 * 1024;

  private static final AtomicReferenceArray<int[]> FREE = new AtomicReferenceArray<>(SLOTS);
  /** Pixels held in {@link #FREE}, at most {@link #BUDGET_BYTES} / 4. */
  private static final AtomicLong KEPT = new AtomicLong();
  private static final ColorModel RGB = new DirectColorModel(24, 0x00FF_0000, 0x0000_FF00, 0x0000_00FF, 0);
  private static final int[] RGB_MASKS = {0x00FF_0000, 0x0000_FF00, 0x0000_00FF};
  private static final int[] ARGB_MASKS = {0x00FF_0000, 0x0000_FF00, 0x0000_00FF, 0xFF00_0000};

  private Canvases() {
  }

  /**
   * A {@code width × height} image of {@code type} ({@link BufferedImage#TYPE_INT_RGB} or
   * {@link BufferedImage#TYPE_INT_ARGB}) with every pixel zero, as {@code new BufferedImage} gives.
   */
  public static BufferedImage blank(int width, int height, int type) {
    if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB) {
      throw new IllegalArgumentException("canvas type must be TYPE_INT_RGB or TYPE_INT_ARGB, was " + type);
    }
    long pixels = (long) width * height;
    if (width < 1 || height < 1 || pixels < MIN_PIXELS || pixels > MAX_PIXELS) {
      return new BufferedImage(width, height, type);
    }
    int n = (int) pixels;
    int[] data = take(n);
    if (data == null) {
      data = new int[n];
    } else {
      Arrays.fill(data, 0, n, 0);
    }
    boolean alpha = type == BufferedImage.TYPE_INT_ARGB;
    WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(data, n), width, height, width,
        alpha ? ARGB_MASKS : RGB_MASKS, null);
    return new BufferedImage(alpha ? ColorModel.getRGBdefault() : RGB, raster, false, null);
  }

  /** Hands {@code image}'s pixel array back for a later {@link #blank}; the image must not be used after. */
  public static void recycle(BufferedImage image) {
    if (image == null || !(image.getRaster().getDataBuffer() instanceof DataBufferInt buffer)
        || buffer.getNumBanks() != 1) {
      return;
    }
    int[] data = buffer.getData();
    if (data.length < MIN_PIXELS || data.length > MAX_PIXELS) {
      return;
    }
    if (KEPT.addAndGet(data.length) * Integer.BYTES > BUDGET_BYTES) {
      KEPT.addAndGet(-data.length);
      return;
    }
    for (int i = 0; i < SLOTS; i++) {
      if (FREE.get(i) == null && FREE.compareAndSet(i, null, data)) {
        return;
      }
    }
    KEPT.addAndGet(-data.length); // every slot taken: let it go
  }

  /** The smallest kept array of {@code n} to {@code 2n} pixels, now the caller's; null if none. */
  private static int[] take(int n) {
    for (int attempt = 0; attempt < 3; attempt++) {
      int best = -1;
      int[] fit = null;
      for (int i = 0; i < SLOTS; i++) {
        int[] d = FREE.get(i);
        if (d != null && d.length >= n && d.length / 2 <= n && (fit == null || d.length < fit.length)) {
          best = i;
          fit = d;
        }
      }
      if (fit == null) {
        return null;
      }
      if (FREE.compareAndSet(best, fit, null)) {
        KEPT.addAndGet(-fit.length);
        return fit;
      }
    }
    return null;
  }

  /** Arrays kept now; for tests. */
  static int kept() {
    int count = 0;
    for (int i = 0; i < SLOTS; i++) {
      count += FREE.get(i) != null ? 1 : 0;
    }
    return count;
  }

  /** Drops every kept array; for tests. */
  static void clear() {
    for (int i = 0; i < SLOTS; i++) {
      int[] d = FREE.getAndSet(i, null);
      if (d != null) {
        KEPT.addAndGet(-d.length);
      }
    }
  }
}
