package dev.chartserve.web.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import dev.chartserve.figure.Axes;
import dev.chartserve.figure.ContourOptions;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.ImageOptions;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;
import jakarta.servlet.ServletContext;


/**
 * The start-up check: make AWT headless, prove fonts work, and draw the first charts in-process, in
 * every format (see {@link #drawFirstCharts()}; the HTTP requests the application later sends itself
 * are {@link SelfRequests}). Runs once per application, before any chart request, with the system
 * class loader as the thread's context class loader, so that the JDK's AWT and ImageIO state
 * (AppContext, the ImageIO registry) never holds on to the web application's class loader; the ImageIO
 * registry is created with none of the application's code on the stack (see
 * {@link #initImageIoOutsideTheApplication()}). Thread-safe: {@link #ensure} runs the check at most
 * once per application.
 */
public final class Startup {
  /** The servlet context attribute that holds the {@link StartupReport}. */
  public static final String REPORT_ATTRIBUTE = "dev.chartserve.startup";

  static final String FONT_ADVICE = "Install fontconfig and a font package, then restart the server"
      + " (Debian/Ubuntu: apt-get install fontconfig fonts-dejavu-core;"
      + " RHEL/Fedora: dnf install fontconfig dejavu-sans-fonts; Alpine: apk add fontconfig ttf-dejavu).";

  private static final Logger LOG = System.getLogger(Startup.class.getName());
  private static final Object LOCK = new Object();

  private Startup() {
  }

  /** The report of this application's start-up check, running the check first if it has not run. */
  public static StartupReport ensure(ServletContext context) {
    synchronized (LOCK) {
      Object existing = context.getAttribute(REPORT_ATTRIBUTE);
      if (existing instanceof StartupReport report) {
        return report;
      }
      StartupReport report = run();
      context.setAttribute(REPORT_ATTRIBUTE, report);
      return report;
    }
  }

  /** Runs the check and logs its one-line result (and an actionable error if fonts are broken). */
  public static StartupReport run() {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
    try {
      StartupReport report = check();
      if (!report.canRender()) {
        LOG.log(Level.ERROR, report.summary() + ". Charts cannot be drawn: " + report.renderProblem());
      } else if (!report.headless()) {
        LOG.log(Level.WARNING, report.summary() + ". AWT is not headless: drawing may try to reach a"
            + " display. Start the JVM with -Djava.awt.headless=true (server-config/tomcat/setenv.sh).");
      } else {
        LOG.log(Level.INFO, report.summary());
      }
      return report;
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  private static StartupReport check() {
    String source;
    String property = System.getProperty("java.awt.headless");
    if (property == null) {
      // Read once, when AWT first initialises; if something touched AWT already this is too late,
      // and isHeadless() below tells.
      System.setProperty("java.awt.headless", "true");
      source = "set by ChartServe";
    } else {
      source = "java.awt.headless=" + property;
    }
    boolean headless;
    try {
      headless = GraphicsEnvironment.isHeadless();
    } catch (Throwable t) {
      headless = false;
    }
    initImageIoOutsideTheApplication();
    ImageIO.setUseCache(false);

    List<String> families = List.of();
    String fontError = null;
    try {
      families = fontFamilies();
      if (families.isEmpty()) {
        fontError = "the JVM finds no font at all. " + FONT_ADVICE;
      } else {
        drawText();
      }
    } catch (Throwable t) { // InternalError, UnsatisfiedLinkError: not Exceptions, and they repeat
      fontError = "fonts fail in this JVM (" + t + "). " + FONT_ADVICE;
      families = List.of();
    }

    long firstChartsMillis = 0;
    String firstChartsError = null;
    if (fontError == null) {
      long start = System.nanoTime();
      try {
        drawFirstCharts();
      } catch (Throwable t) {
        firstChartsError = "the warm-up render failed (" + t + ")";
        LOG.log(Level.ERROR, "ChartServe warm-up render failed", t);
      }
      firstChartsMillis = (System.nanoTime() - start) / 1_000_000;
    }
    return new StartupReport(headless, source, families, fontError, firstChartsMillis, firstChartsError);
  }

  /**
   * Initialises {@link ImageIO} (and so creates the JVM's {@code IIORegistry}) on a common-pool
   * thread, through a JDK-made {@link Runnable}, so that no class of this application is on the stack.
   * The registry keeps, for every plug-in it registers, the {@code AccessControlContext} of the code
   * that registered it: created from our start-up, that context holds our classes' ProtectionDomains
   * and through them this application's class loader, for as long as the JVM runs (RedeployIT checks
   * that no application is kept). The thread's context class loader is the system class loader, as
   * for the rest of the check. A no-op when ImageIO is already initialised.
   */
  private static void initImageIoOutsideTheApplication() {
    try {
      MethodHandle getUseCache = MethodHandles.publicLookup()
          .findStatic(ImageIO.class, "getUseCache", MethodType.methodType(boolean.class));
      // A proxy of java.base's making, defined by the system class loader (our context loader here).
      Runnable initialise = MethodHandleProxies.asInterfaceInstance(Runnable.class, getUseCache);
      ForkJoinPool.commonPool().submit(initialise).get(30, TimeUnit.SECONDS);
    } catch (Exception e) { // ImageIO then initialises on this thread below: it works, and may leak
      LOG.log(Level.WARNING, "could not initialise ImageIO outside the application (" + e
          + "); its registry may keep this application's class loader after undeploy");
    }
  }

  private static List<String> fontFamilies() {
    String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames(Locale.ROOT);
    // Logical families (Dialog, SansSerif…) are always listed; only physical ones prove fonts exist.
    return Arrays.stream(names)
        .filter(name -> !List.of("Dialog", "DialogInput", "Monospaced", "SansSerif", "Serif").contains(name))
        .toList();
  }

  private static void drawText() {
    BufferedImage image = new BufferedImage(64, 24, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      if (g.getFontMetrics().stringWidth("Ag") <= 0) {
        throw new IllegalStateException("text has no width");
      }
      g.drawString("Ag", 2, 16);
    } finally {
      g.dispose();
    }
  }

  /**
   * Small charts through every path a request takes: the Axes API with the bundled fonts, lines,
   * bars, text and a legend, an image with contours, and every encoder. Loads and initialises what
   * the first request would otherwise pay for.
   */
  private static void drawFirstCharts() {
    try (Figure figure = new Figure(3.2, 2.4, 100)) {
      Axes ax = figure.addSubplot();
      ax.plot(new double[] {0, 1, 2, 3}, new double[] {1, 3, 2, 4}).setLabel("line");
      ax.hist(new double[] {1, 2, 2, 3, 3, 3}, 3);
      ax.setTitle("Warm-up");
      ax.setXLabel("x");
      ax.setYLabel("y");
      ax.legend("best");
      for (ImageFormat format : ImageFormat.values()) {
        Renderer.render(figure, format);
      }
    }
    try (Figure figure = new Figure(2, 1.5, 100)) {
      double[][] z = {{0, 1, 2}, {1, 2, 3}, {2, 3, 4}};
      Axes ax = figure.addSubplot();
      ax.imshow(z, ImageOptions.defaults().withInterpolation("spline36").withCmap("jet"));
      ax.contour(z, ContourOptions.defaults().withLevels(3).withColor(Color.BLACK));
      Renderer.render(figure, ImageFormat.PNG);
    }
  }

}
