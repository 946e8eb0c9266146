package dev.chartserve.web.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * The HTTP requests the application sends to itself once it has started ({@code chartserve.warmUp}),
 * and the thread that sends them: the server's connector, the JAX-RS runtime, CDI, ChartServe's filter
 * and resource and the configured charts then pay their first-request costs (class loading, lazy
 * initialisation, first layouts) before a user's request does. The start-up check ({@link Startup})
 * draws its first charts in-process; only a request can prepare the path to them.
 *
 * <p>As a {@link ServletContextListener}, it starts one short-lived daemon thread when the application
 * has started: the thread finds the server's HTTP port ({@link ServerPort}), waits until
 * {@code /charts/_health} answers 200 (at server start the application is deployed before the
 * connector starts), then requests each chart once, in order ({@link LocalHttpClient}), and ends. It
 * gives up after {@link #GIVE_UP_AFTER_MILLIS}; the application stopping ends it at once and waits for
 * it, so an undeploy leaves no thread behind. Its context class loader is the system class loader.
 * The outcome is in {@link #status()}, shown by {@code /charts/_health} as {@code warmUpRequests}.
 * Thread-safe.
 */
public final class SelfRequests implements ServletContextListener {
  /** The servlet context attribute that holds this application's {@link SelfRequests}. */
  public static final String ATTRIBUTE = "dev.chartserve.warmUpRequests";

  static final long GIVE_UP_AFTER_MILLIS = 60_000;
  private static final Logger LOG = System.getLogger(SelfRequests.class.getName());

  /** Where the requests are. */
  public enum State {
    /** {@code chartserve.warmUp} is {@code none}. */
    OFF,
    /** Not started, or waiting for the server to answer. */
    PENDING,
    /** Every request was sent and answered (whatever its status). */
    DONE,
    /** Stopped before the end: no port found, no answer in time, or the application stopped. */
    FAILED
  }

  /** The requests as {@code /charts/_health} shows them: their state, what each got, and how long they took. */
  public record Status(State state, List<String> results, long millis, String problem) {
    public Status {
      results = List.copyOf(results);
    }
  }

  private final String contextPath;
  private final boolean enabled;
  private final List<String> charts;
  private final int configuredPort;
  private final Object lock = new Object();
  private volatile boolean stopping;
  private Thread thread;
  private Status status;

  /**
   * @param contextPath    the application's context path ({@code ""} for the root)
   * @param enabled        whether to send any request ({@code chartserve.warmUp} is not {@code none})
   * @param charts         the chart URLs to request after {@code _health}, from the server's root
   *                       (context path, query and signature included)
   * @param configuredPort the server's HTTP port, or 0 to find it ({@link ServerPort})
   */
  public SelfRequests(String contextPath, boolean enabled, List<String> charts, int configuredPort) {
    this.contextPath = contextPath;
    this.enabled = enabled;
    this.charts = List.copyOf(charts);
    this.configuredPort = configuredPort;
    this.status = new Status(enabled ? State.PENDING : State.OFF, List.of(), 0, null);
  }

  /** This application's requests to itself, or {@code null} if ChartServe's initializer did not run. */
  public static SelfRequests of(ServletContext context) {
    return context.getAttribute(ATTRIBUTE) instanceof SelfRequests requests ? requests : null;
  }

  /** What the requests did so far. */
  public Status status() {
    synchronized (lock) {
      return status;
    }
  }

  /** Waits at most {@code timeout} for the requests to end; their status then ({@code PENDING} if they have not). */
  Status awaitEnd(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      for (long left = timeout.toNanos(); status.state() == State.PENDING && left > 0;
          left = deadline - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return status;
    }
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!enabled) {
      return;
    }
    synchronized (lock) {
      Thread worker = new Thread(this::run, "chartserve-warm-up" + contextPath.replace('/', '-'));
      worker.setDaemon(true);
      worker.setContextClassLoader(ClassLoader.getSystemClassLoader());
      thread = worker;
      worker.start();
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    stopping = true;
    Thread worker;
    synchronized (lock) {
      worker = thread;
    }
    if (worker == null) {
      return;
    }
    worker.interrupt();
    try {
      // Every socket read times out after LocalHttpClient.READ_TIMEOUT_MILLIS and checks `stopping`.
      worker.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (worker.isAlive()) {
      LOG.log(Level.WARNING, "ChartServe warm-up thread of " + contextPath + " did not stop within 5 s");
    }
  }

  private void run() {
    long start = System.nanoTime();
    List<String> results = new ArrayList<>();
    String problem = null;
    try {
      long giveUp = start + TimeUnit.MILLISECONDS.toNanos(GIVE_UP_AFTER_MILLIS);
      InetSocketAddress server = findServer(giveUp);
      LocalHttpClient http = new LocalHttpClient(server, () -> stopping);
      int tries = awaitHealth(http, server, giveUp);
      results.add("_health 200 after " + tries + (tries == 1 ? " try" : " tries"));
      for (String chart : charts) {
        long requestStart = System.nanoTime();
        int code = http.get(chart);
        results.add(chart + " " + code + " in " + (System.nanoTime() - requestStart) / 1_000_000 + " ms");
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      problem = e instanceof InterruptedException || stopping ? "the application stopped" : e.getMessage();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    synchronized (lock) {
      status = new Status(problem == null ? State.DONE : State.FAILED, results, millis, problem);
      thread = null;
      lock.notifyAll();
    }
    if (problem == null) {
      LOG.log(Level.INFO, "ChartServe warm-up requests of " + contextPathOrRoot() + " done in " + millis
          + " ms: " + String.join(", ", results));
    } else if (!stopping) {
      LOG.log(Level.WARNING, "ChartServe warm-up requests of " + contextPathOrRoot() + " stopped after "
          + millis + " ms: " + problem + (results.isEmpty() ? "" : " (" + String.join(", ", results) + ")")
          + ". Charts work; the first requests pay their own start-up costs.");
    }
  }

  private InetSocketAddress findServer(long giveUp) throws InterruptedException, IOException {
    if (configuredPort > 0) {
      return new InetSocketAddress(ServerPort.LOOPBACK, configuredPort);
    }
    while (true) {
      Optional<InetSocketAddress> found = ServerPort.find();
      if (found.isPresent()) {
        return found.get();
      }
      pause(giveUp, "no HTTP connector found (set " + Settings.WARM_UP_PORT + ")");
    }
  }

  /** Asks for {@code _health} until it answers 200; returns how many tries it took. */
  private int awaitHealth(LocalHttpClient http, InetSocketAddress server, long giveUp)
      throws InterruptedException, IOException {
    String last = "no answer";
    for (int tries = 1; ; tries++) {
      try {
        int code = http.get(contextPath + "/charts/_health");
        if (code == 200) {
          return tries;
        }
        last = "HTTP " + code;
      } catch (IOException e) {
        if (stopping) {
          throw new InterruptedException();
        }
        last = e.toString();
      }
      pause(giveUp, "/charts/_health did not answer 200 on " + server + " (last: " + last + ")");
    }
  }

  private void pause(long giveUp, String whyGivingUp) throws InterruptedException, IOException {
    if (stopping || Thread.currentThread().isInterrupted()) {
      throw new InterruptedException();
    }
    if (System.nanoTime() > giveUp) {
      throw new IOException(whyGivingUp + " within " + GIVE_UP_AFTER_MILLIS / 1000 + " s");
    }
    Thread.sleep(100);
  }

  private String contextPathOrRoot() {
    return contextPath.isEmpty() ? "/" : contextPath;
  }
}
