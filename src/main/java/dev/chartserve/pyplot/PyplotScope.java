package dev.chartserve.pyplot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.Figure;

/**
 * Where {@link Pyplot}'s state lives: the current figure, the figures it opened, and the deadline
 * given to each figure it makes. Closing the scope closes every figure it opened, so pyplot-style code
 * leaks nothing even if it never calls {@link Pyplot#close()}.
 *
 * <p>In concurrent mode each thread has a scope of its own; a server {@linkplain Pyplot#bind binds} a
 * fresh scope to the request's thread and closes it when the request ends:
 *
 * <pre>{@code
 * PyplotScope scope = new PyplotScope(deadline);
 * try (Pyplot.Binding binding = Pyplot.bind(scope)) {
 *   producer.draw(figure, request);      // Pyplot.* calls act on this scope
 * } finally {
 *   scope.close();                       // closes what pyplot-style code left open
 * }
 * }</pre>
 *
 * <p>In global-lock mode there is one process-wide scope, {@link Pyplot#globalScope()}.
 *
 * <p>Figures given to {@link Pyplot#figure(Figure)} are <em>adopted</em>: they become current, but
 * their owner (the server, for the figure a chart producer receives) closes them. The scope forgets
 * them when it closes and never closes them itself.
 *
 * <p>A final class rather than an interface: the scope's promises (it closes what it opened, its
 * figures get its deadline, it is bound to one thread at a time) are what make pyplot safe, so they
 * are not left to other implementations. Where the scope lives is decided by who binds it.
 *
 * <p><b>Thread-safe</b> in the sense that {@link #close()} may be called from any thread (a request
 * may end on another thread than it ran on); it is bound to one thread at a time, and its figures,
 * like all figures, belong to that thread.
 */
public final class PyplotScope implements AutoCloseable {
  private final String name;
  private final boolean threadDefault;
  private Deadline deadline;
  // every open figure this scope knows, least recently made current first: the last is current
  private final List<Figure> figures = new ArrayList<>();
  private final List<Figure> adopted = new ArrayList<>();
  private boolean closed;
  private Thread boundTo;
  private int bindings;

  /** A scope without a deadline: the figures it makes may take as long as they take. */
  public PyplotScope() {
    this(Deadline.none());
  }

  /** A scope whose figures get {@code deadline} ({@link Figure#setDeadline}) when it makes them. */
  public PyplotScope(Deadline deadline) {
    this("pyplot scope", deadline, false);
  }

  PyplotScope(String name, Deadline deadline, boolean threadDefault) {
    this.name = name;
    this.threadDefault = threadDefault;
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  /** The deadline given to each figure this scope makes; {@link Deadline#none()} by default. */
  public synchronized Deadline deadline() {
    return deadline;
  }

  /**
   * Sets the deadline for the figures made from now on, for a long-lived scope such as the
   * {@linkplain Pyplot#globalScope() global one} that serves one request after another.
   */
  public synchronized PyplotScope setDeadline(Deadline deadline) {
    checkOpen();
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    return this;
  }

  /** The open figures of this scope (made or adopted), least recently current first. */
  public synchronized List<Figure> figures() {
    prune();
    return List.copyOf(figures);
  }

  /**
   * Closes every figure this scope opened and forgets the adopted ones; the scope stays usable.
   * This is {@code Pyplot.close("all")} for this scope.
   */
  public void closeFigures() {
    List<Figure> mine;
    synchronized (this) {
      mine = takeOwnFigures();
    }
    closeAll(mine);
  }

  /**
   * Ends this scope: closes every figure it opened (not those it adopted, whose owner closes them)
   * and refuses further use. Idempotent; may be called from any thread, also while still bound (the
   * binding then only restores the previous scope when closed).
   *
   * @throws IllegalStateException for the {@linkplain Pyplot#globalScope() global scope}, which lives
   *     as long as the application
   */
  @Override
  public void close() {
    if (this == Scopes.GLOBAL) {
      throw new IllegalStateException(
          "the global pyplot scope lives as long as the application: close its figures with"
              + " Pyplot.close(\"all\") or Pyplot.globalScope().closeFigures()");
    }
    List<Figure> mine;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      mine = takeOwnFigures();
    }
    closeAll(mine);
  }

  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public synchronized String toString() {
    return name + (closed ? " (closed)" : " (" + figures.size() + " figures)");
  }

  // ---- used by Pyplot, on the bound thread ----

  /** The current figure, if any is open. */
  synchronized Figure current() {
    checkOpen();
    prune();
    return figures.isEmpty() ? null : figures.get(figures.size() - 1);
  }

  /** A new figure of this scope, made current. */
  synchronized Figure open(double widthInches, double heightInches, double dpi) {
    checkOpen();
    Figure figure = new Figure(widthInches, heightInches, dpi);
    if (!deadline.isNone()) {
      figure.setDeadline(deadline);
    }
    figures.add(figure);
    return figure;
  }

  /** Makes {@code figure} current, adopting it if this scope did not open it. */
  synchronized void activate(Figure figure) {
    checkOpen();
    if (figure.isClosed()) {
      throw new IllegalStateException("figure is closed: it cannot become the current figure");
    }
    if (figures.remove(figure)) {
      figures.add(figure);
      return;
    }
    figures.add(figure);
    adopted.add(figure);
  }

  /** Closes {@code figure} if this scope opened it; forgets it either way. */
  void release(Figure figure) {
    boolean mine;
    synchronized (this) {
      checkOpen();
      boolean known = figures.remove(figure);
      mine = known && !adopted.remove(figure);
    }
    if (mine) {
      figure.close();
    }
  }

  String name() {
    return name;
  }

  /** Whether this is a thread's own scope, made because nothing was bound. */
  boolean isDefault() {
    return threadDefault;
  }

  synchronized boolean isEmpty() {
    prune();
    return figures.isEmpty();
  }

  synchronized void bound() {
    checkOpen();
    Thread me = Thread.currentThread();
    if (boundTo != null && boundTo != me) {
      throw new IllegalStateException(
          "this pyplot scope is already bound to thread " + boundTo.getName() + ": a scope and its"
              + " figures belong to one thread at a time");
    }
    boundTo = me;
    bindings++;
  }

  synchronized void unbound() {
    if (--bindings == 0) {
      boundTo = null;
    }
  }

  synchronized void checkOpen() {
    if (closed) {
      throw new IllegalStateException(name + " is closed: bind a new PyplotScope for new figures");
    }
  }

  /** Drops figures that were closed behind the scope's back (Figure.close(), their owner). */
  private void prune() {
    figures.removeIf(Figure::isClosed);
    adopted.removeIf(Figure::isClosed);
  }

  private List<Figure> takeOwnFigures() {
    List<Figure> mine = new ArrayList<>(figures);
    mine.removeAll(adopted);
    figures.clear();
    adopted.clear();
    return mine;
  }

  private static void closeAll(List<Figure> figures) {
    for (Figure figure : figures) {
      figure.close();
    }
  }
}
