package dev.chartserve.figure;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The bars of one {@link Axes#bar} or {@link Axes#barh} call, matplotlib's {@code BarContainer}: an
 * unmodifiable list of their {@link Patch}es, plus the one legend label they share. A labelled
 * container is one entry of {@link Axes#legend(String)} (keyed by its first bar), listed after the
 * axes' labelled lines and patches, as in matplotlib.
 *
 * <p><b>Not thread-safe</b>, like its figure.
 */
public final class BarContainer extends AbstractList<Patch> implements RandomAccess {
  private final List<Patch> bars;
  private final Figure figure;
  private String label = "";

  BarContainer(List<Patch> bars, Figure figure) {
    this.bars = List.copyOf(bars);
    this.figure = figure;
  }

  @Override
  public Patch get(int index) {
    return bars.get(index);
  }

  @Override
  public int size() {
    return bars.size();
  }

  /** The legend label; empty (the default) or starting with "_" keeps the bars out of the legend. */
  public String label() {
    return label;
  }

  /** Sets the legend label of these bars (one entry for all of them), as matplotlib's {@code label=}. */
  public BarContainer setLabel(String label) {
    this.label = Objects.requireNonNull(label, "label");
    figure.changed();
    return this;
  }

  /** Sets the fill colour of every bar, see {@link Patch#setFaceColor(String)}. */
  public BarContainer setFaceColor(String color) {
    for (Patch bar : bars) {
      bar.setFaceColor(color);
    }
    return this;
  }

  /** Whether a legend lists these bars. */
  boolean inLegend() {
    return !bars.isEmpty() && !label.isEmpty() && !label.startsWith("_");
  }
}
