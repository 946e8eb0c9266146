package dev.chartserve.cdi;

import java.util.ArrayList;
import java.util.List;

import dev.chartserve.figure.Figure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

/**
 * The figures of one request. Every figure made here is closed when the request ends, even if the
 * code that made it never closes it, so a request cannot leak figures and no two requests ever share
 * one.
 *
 * <p>Inject it where figures are made: {@code @Inject Figures figures;}. Request-scoped: each request
 * sees its own instance, used by that request's thread only.
 */
@RequestScoped
public class Figures {
  private final List<Figure> open = new ArrayList<>();

  /** A new figure of the default size, 6.4 × 4.8 inches at 100 dpi. */
  public Figure newFigure() {
    return track(new Figure());
  }

  /** A new figure of the given size in inches, at {@code dpi} dots per inch. */
  public Figure newFigure(double widthInches, double heightInches, double dpi) {
    return track(new Figure(widthInches, heightInches, dpi));
  }

  /** How many figures of this request are still open. */
  public int openCount() {
    open.removeIf(Figure::isClosed);
    return open.size();
  }

  /** Closes every figure this request made. Called when the request ends; idempotent. */
  @PreDestroy
  public void closeAll() {
    for (Figure figure : open) {
      figure.close();
    }
    open.clear();
  }

  private Figure track(Figure figure) {
    open.add(figure);
    return figure;
  }
}
