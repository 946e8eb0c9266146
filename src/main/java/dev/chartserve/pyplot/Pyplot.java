package dev.chartserve.pyplot;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import dev.chartserve.figure.Annotation;
import dev.chartserve.figure.Artist;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.BarContainer;
import dev.chartserve.figure.ContourOptions;
import dev.chartserve.figure.ContourSet;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Histogram;
import dev.chartserve.figure.ImageOptions;
import dev.chartserve.figure.ImagePlot;
import dev.chartserve.figure.Line;
import dev.chartserve.figure.Patch;
import dev.chartserve.figure.Scatter;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/**
 * matplotlib's {@code pyplot}, made safe: static functions that act on a current figure and current
 * axes, making them on first use.
 *
 * <pre>{@code
 * Histogram h = Pyplot.hist(scores, 50);
 * Pyplot.title("Score distribution");
 * Pyplot.savefig(Path.of("scores.png"));
 * Pyplot.close();
 * }</pre>
 *
 * <p><b>Where the current figure lives.</b> Every call acts on a {@link PyplotScope}:
 * <ul>
 *   <li><b>Concurrent mode</b> (the default): the scope {@linkplain #bind bound} to the calling
 *       thread, else that thread's own scope. Threads never see each other's figures. A server binds a
 *       fresh scope to each chart request and closes it when the request ends, so pyplot-style code
 *       leaks no figure even if it never calls {@link #close()}.
 *   <li><b>Global-lock mode</b> ({@link #useGlobalLock useGlobalLock(true)}): one process-wide
 *       scope, as matplotlib has, for legacy code that shares figures, charts or datasets between
 *       requests. Callers must hold {@link #globalLock()} around each whole chart request; every call
 *       made without it throws {@link IllegalStateException}.
 * </ul>
 *
 * <p><b>In a chart producer</b>, draw on the figure the server gives you by making it current:
 * {@code Pyplot.figure(figure)}, matplotlib's {@code plt.figure(fig)}. The server still owns, renders
 * and closes that figure.
 *
 * <p><b>Thread-safety.</b> Thread-safe in concurrent mode (each thread has its own state); in
 * global-lock mode, safe for holders of the global lock. The figures themselves belong to one thread.
 * The global lock and the global scope are ChartServe's one deliberate piece of process-wide mutable
 * state; nothing else here is static and mutable.
 */
public final class Pyplot {
  private Pyplot() {
  }

  // ---- scopes and modes ----

  /**
   * Binds {@code scope} to the calling thread until the returned binding is closed, which restores the
   * scope bound before (or none). Bindings nest; close them in reverse order, on the same thread.
   * Closing the binding does not close the scope: whoever made the scope closes it.
   *
   * @throws IllegalStateException in global-lock mode, if the scope is closed, or if it is bound to
   *     another thread
   */
  public static Binding bind(PyplotScope scope) {
    Objects.requireNonNull(scope, "scope");
    return Scopes.bind(scope);
  }

  /**
   * The scope the calling thread's calls act on: the bound one, else the thread's own, or in
   * global-lock mode the {@linkplain #globalScope() global one} (lock required).
   */
  public static PyplotScope scope() {
    return Scopes.current();
  }

  /**
   * The one process-wide scope of global-lock mode.
   *
   * @throws IllegalStateException if the calling thread does not hold {@link #globalLock()}
   */
  public static PyplotScope globalScope() {
    Scopes.checkLockHeld();
    return Scopes.GLOBAL;
  }

  /**
   * The one fair lock of global-lock mode. A server in that mode takes it around each whole chart
   * request (drawing and encoding), and closes the request's figures before releasing it:
   *
   * <pre>{@code
   * ReentrantLock lock = Pyplot.globalLock();
   * lock.lock();
   * try {
   *   ... draw, render ...
   * } finally {
   *   try { Pyplot.close("all"); } finally { lock.unlock(); }
   * }
   * }</pre>
   */
  public static ReentrantLock globalLock() {
    return Scopes.LOCK;
  }

  /**
   * Switches between concurrent mode ({@code false}, the default) and global-lock mode
   * ({@code true}). Meant to be called once, at start-up; waits for the global lock.
   *
   * @throws IllegalStateException if figures are open in the scope being left, or if a scope is bound
   *     to the calling thread
   */
  public static void useGlobalLock(boolean global) {
    Scopes.useGlobalLock(global);
  }

  /** Whether pyplot is in global-lock mode. */
  public static boolean usesGlobalLock() {
    return Scopes.usesGlobalLock();
  }

  /**
   * Returns pyplot to its first state, for tests and undeploy: closes the global scope's figures,
   * clears its deadline, switches to concurrent mode, and drops the calling thread's scope (its own
   * scope is closed; a bound one is unbound, not closed). Waits for the global lock.
   */
  public static void reset() {
    Scopes.reset();
  }

  // ---- figures ----

  /** A new figure of the default size (6.4 × 4.8 in at 100 dpi), made current. */
  public static Figure figure() {
    return figure(Figure.DEFAULT_WIDTH_INCHES, Figure.DEFAULT_HEIGHT_INCHES, Figure.DEFAULT_DPI);
  }

  /**
   * A new figure of {@code widthInches} × {@code heightInches} at {@code dpi}, made current
   * ({@code plt.figure(figsize=(w, h), dpi=dpi)}). It gets the scope's deadline, if any.
   */
  public static Figure figure(double widthInches, double heightInches, double dpi) {
    return scope().open(widthInches, heightInches, dpi);
  }

  /**
   * Makes {@code figure} current, as {@code plt.figure(fig)}: how a chart producer draws pyplot-style
   * on the figure it was given. A figure the scope did not make is adopted: its owner closes it,
   * and {@link #close(Figure)} only forgets it.
   */
  public static Figure figure(Figure figure) {
    Objects.requireNonNull(figure, "figure");
    scope().activate(figure);
    return figure;
  }

  /**
   * A new figure of the default size with a {@code rows} × {@code cols} grid of axes, returned row by
   * row, as {@code fig, axs = plt.subplots(rows, cols)}; the figure is {@link #gcf()}. To put a grid
   * on a figure already current (a producer's), use {@code gcf().subplots(rows, cols)}.
   */
  public static List<Axes> subplots(int rows, int cols) {
    Figure figure = figure();
    try {
      return figure.subplots(rows, cols);
    } catch (RuntimeException e) {
      close(figure);
      throw e;
    }
  }

  /** Axes in cell {@code index} (1-based) of a grid on the current figure, made current. */
  public static Axes subplot(int rows, int cols, int index) {
    return gcf().addSubplot(rows, cols, index);
  }

  /** The current figure, made with {@link #figure()} if there is none. */
  public static Figure gcf() {
    PyplotScope scope = scope();
    Figure current = scope.current();
    return current != null ? current : figure();
  }

  /** The current axes of the current figure, made if there are none. */
  public static Axes gca() {
    return gcf().gca();
  }

  /** Clears the current figure (axes, suptitle, legend), keeping its size: {@code plt.clf()}. */
  public static Figure clf() {
    return gcf().clear();
  }

  // ---- drawing on the current axes ----

  /** {@link Axes#plot(double[], double[])} on the current axes. */
  public static Line plot(double[] x, double[] y) {
    return gca().plot(x, y);
  }

  /** {@link Axes#plot(double[])} on the current axes: {@code y} against 0, 1, 2, … */
  public static Line plot(double[] y) {
    return gca().plot(y);
  }

  /** {@link Axes#scatter} on the current axes. */
  public static Scatter scatter(double[] x, double[] y) {
    return gca().scatter(x, y);
  }

  /** {@link Axes#bar(double[], double[])} on the current axes: one patch per bar. */
  public static List<Patch> bar(double[] x, double[] heights) {
    return gca().bar(x, heights);
  }

  /** {@link Axes#bar(List, double[])} on the current axes: bars at string categories. */
  public static BarContainer bar(List<String> categories, double[] heights) {
    return gca().bar(categories, heights);
  }

  /** {@link Axes#bar(List, double[], double[])} on the current axes: bars stacked on {@code bottom}. */
  public static BarContainer bar(List<String> categories, double[] heights, double[] bottom) {
    return gca().bar(categories, heights, bottom);
  }

  /** {@link Axes#stackplot(double[], double[]...)} on the current axes. */
  public static List<Patch> stackplot(double[] x, double[]... ys) {
    return gca().stackplot(x, ys);
  }

  /** {@link Axes#step(double[], double[], String)} on the current axes. */
  public static Line step(double[] x, double[] y, String where) {
    return gca().step(x, y, where);
  }

  /** {@link Axes#twinx()} of the current axes; the twin becomes current. */
  public static Axes twinx() {
    return gca().twinx();
  }

  /** {@link Axes#annotate(String, double, double, double, double)} on the current axes. */
  public static Annotation annotate(String text, double x, double y, double textX, double textY) {
    return gca().annotate(text, x, y, textX, textY);
  }

  /**
   * {@link Axes#hist(double[], int)} on the current axes. The result's patches are live: recolour
   * them as {@code patches[20].set_facecolor("red")} does.
   */
  public static Histogram hist(double[] values, int bins) {
    return gca().hist(values, bins);
  }

  /** {@link Axes#imshow(double[][])} on the current axes. */
  public static ImagePlot imshow(double[][] z) {
    return gca().imshow(z);
  }

  /** {@link Axes#imshow(double[][], ImageOptions)} on the current axes. */
  public static ImagePlot imshow(double[][] z, ImageOptions options) {
    return gca().imshow(z, options);
  }

  /** {@link Axes#contour(double[][], ContourOptions)} on the current axes. */
  public static ContourSet contour(double[][] z, ContourOptions options) {
    return gca().contour(z, options);
  }

  /** {@link Axes#contour(double[], double[], double[][], ContourOptions)} on the current axes. */
  public static ContourSet contour(double[] x, double[] y, double[][] z, ContourOptions options) {
    return gca().contour(x, y, z, options);
  }

  /** Sets the current axes' title. */
  public static Axes title(String title) {
    return gca().setTitle(title);
  }

  /** Sets the current axes' x label. */
  public static Axes xlabel(String label) {
    return gca().setXLabel(label);
  }

  /** Sets the current axes' y label. */
  public static Axes ylabel(String label) {
    return gca().setYLabel(label);
  }

  /** A legend of the current axes' labelled artists at {@code loc} ("best", "upper right", …). */
  public static Axes legend(String loc) {
    return gca().legend(loc);
  }

  /** A legend of {@code handles} with {@code labels} on the current figure, as {@code plt.figlegend}. */
  public static Figure figlegend(List<? extends Artist> handles, List<String> labels, String loc) {
    return gcf().legend(handles, labels, loc);
  }

  // ---- saving and closing ----

  /**
   * Writes the current figure to {@code out} as {@code format}: figsize × dpi pixels for PNG and
   * JPEG, figsize in points for SVG and PDF. {@code out} stays open.
   */
  public static void savefig(OutputStream out, ImageFormat format) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    Renderer.render(gcf(), format, out);
  }

  /**
   * Writes the current figure to {@code path}, in the format its extension names: {@code .png},
   * {@code .jpg} or {@code .jpeg}, {@code .svg}, {@code .pdf}.
   *
   * @throws IllegalArgumentException if the extension names no format
   */
  public static void savefig(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    String file = String.valueOf(path.getFileName());
    int dot = file.lastIndexOf('.');
    ImageFormat format = (dot < 0 ? Optional.<ImageFormat>empty()
        : ImageFormat.forExtension(file.substring(dot + 1))).orElseThrow(() ->
            new IllegalArgumentException("savefig cannot tell the image format of " + file
                + ": name it .png, .jpg, .jpeg, .svg or .pdf"));
    Figure figure = gcf();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
      Renderer.render(figure, format, out);
    }
  }

  /** Closes the current figure, if any; the figure made current before it becomes current again. */
  public static void close() {
    PyplotScope scope = scope();
    Figure current = scope.current();
    if (current != null) {
      scope.release(current);
    }
    Scopes.forgetIfIdle(scope);
  }

  /**
   * Closes {@code figure} if the scope made it; one the scope adopted ({@link #figure(Figure)}) is
   * only forgotten, since its owner closes it.
   */
  public static void close(Figure figure) {
    Objects.requireNonNull(figure, "figure");
    PyplotScope scope = scope();
    scope.release(figure);
    Scopes.forgetIfIdle(scope);
  }

  /**
   * {@code close("all")}: closes every figure of the scope (forgetting adopted ones).
   *
   * @throws IllegalArgumentException for anything but {@code "all"}
   */
  public static void close(String which) {
    Objects.requireNonNull(which, "which");
    if (!which.equals("all")) {
      throw new IllegalArgumentException(
          "close takes \"all\" or a figure, was \"" + which + "\"");
    }
    PyplotScope scope = scope();
    scope.closeFigures();
    Scopes.forgetIfIdle(scope);
  }

  /**
   * What {@link #bind} returns: closing it restores the scope bound before. Idempotent; must be closed
   * on the thread that bound it. Not thread-safe.
   */
  public static final class Binding implements AutoCloseable {
    final PyplotScope scope;
    final PyplotScope previous;
    final Thread thread;
    private boolean closed;

    Binding(PyplotScope scope, PyplotScope previous, Thread thread) {
      this.scope = scope;
      this.previous = previous;
      this.thread = thread;
    }

    /** The scope this binding installed. */
    public PyplotScope scope() {
      return scope;
    }

    @Override
    public void close() {
      if (!closed) {
        Scopes.unbind(this);
        closed = true;
      }
    }
  }
}
