package dev.chartserve.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.chartserve.figure.Figure;

@ExtendWith(HeadlessAwt.class)
class DeterminismTest {
  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void theSameFigureGivesTheSameBytesTwice(ImageFormat format) {
    assertSameBytes(TestFigures::line, format);
    assertSameBytes(TestFigures::bars, format); // gradients, non-ASCII text
    assertSameBytes(TestFigures::withImage, format); // an embedded image
  }

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void aTransparentFigureGivesTheSameBytesTwice(ImageFormat format) {
    RenderOptions transparent = RenderOptions.defaults().withTransparent(true);
    assertArrayEqualsWithSize(Renderer.render(TestFigures.line(), format, transparent),
        Renderer.render(TestFigures.line(), format, transparent));
  }

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void threadsRenderingAtOnceGiveTheSerialBytes(ImageFormat format) throws Exception {
    byte[] serialLine = Renderer.render(TestFigures.line(), format);
    byte[] serialBars = Renderer.render(TestFigures.bars(), format);
    int threads = 4;
    int rounds = 3;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<byte[]>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Supplier<Figure> figures = t % 2 == 0 ? TestFigures::line : TestFigures::bars;
        Callable<List<byte[]>> task = () -> {
          start.await(30, TimeUnit.SECONDS);
          List<byte[]> out = new ArrayList<>();
          for (int r = 0; r < rounds; r++) {
            out.add(Renderer.render(figures.get(), format));
          }
          return out;
        };
        results.add(pool.submit(task));
      }
      for (int t = 0; t < threads; t++) {
        byte[] expected = t % 2 == 0 ? serialLine : serialBars;
        for (byte[] bytes : results.get(t).get(120, TimeUnit.SECONDS)) {
          assertArrayEqualsWithSize(expected, bytes);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertSameBytes(Supplier<Figure> figures, ImageFormat format) {
    Figure figure = figures.get();
    byte[] first = Renderer.render(figure, format);
    byte[] againSameFigure = Renderer.render(figure, format);
    byte[] againNewFigure = Renderer.render(figures.get(), format);
    assertArrayEqualsWithSize(first, againSameFigure);
    assertArrayEqualsWithSize(first, againNewFigure);
  }

  private static void assertArrayEqualsWithSize(byte[] expected, byte[] actual) {
    assertArrayEquals(expected, actual,
        () -> "bytes differ (" + expected.length + " vs " + actual.length + " bytes)" + firstDifference(expected, actual));
  }

  private static String firstDifference(byte[] a, byte[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if (a[i] != b[i]) {
        int from = Math.max(0, i - 40);
        return " at " + i + ": …" + new String(a, from, Math.min(80, a.length - from),
            java.nio.charset.StandardCharsets.ISO_8859_1) + "… vs …"
            + new String(b, from, Math.min(80, b.length - from), java.nio.charset.StandardCharsets.ISO_8859_1) + "…";
      }
    }
    return "";
  }
}
