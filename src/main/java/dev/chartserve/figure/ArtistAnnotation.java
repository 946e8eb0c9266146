package dev.chartserve.figure;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.XYAnnotationBoundsInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.XYAnnotationEntity;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

import dev.chartserve.figure.internal.IdentityAnnotation;
import dev.chartserve.figure.internal.axis.StickyEdges;

/**
 * Puts one {@link Artist} on an {@link XYPlot}: drawn in the order added, counted in the plot's data
 * range (so JFreeChart's and our autoscaling see it), with its sticky edges.
 */
final class ArtistAnnotation extends IdentityAnnotation
    implements XYAnnotationBoundsInfo, StickyEdges {
  private static final long serialVersionUID = 1L;
  private final transient Artist artist;

  ArtistAnnotation(Artist artist) {
    this.artist = artist;
    artist.attach(this);
  }

  @Override
  public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
      ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
    if (!artist.clipped()) {
      return; // XYPlot clips everything to the data area: Axes draws these after the plot
    }
    Shape clip = g2.getClip();
    try {
      g2.clip(dataArea);
      View view = new View(plot, dataArea, domainAxis, rangeAxis);
      artist.draw(g2, view);
      if (info != null && artist.hasLink()) {
        for (Shape hotspot : artist.hotspots(view)) {
          addEntity(info, hotspot, rendererIndex, tooltipOrNull(artist), urlOrNull(artist));
        }
      }
    } finally {
      g2.setClip(clip);
    }
  }

  /** The entity of an artist drawn outside the plot ({@link Artist#clipped()} false). */
  static XYAnnotationEntity entity(Shape hotspot, Artist artist) {
    return new XYAnnotationEntity(hotspot, 0, tooltipOrNull(artist), urlOrNull(artist));
  }

  // JFreeChart's entities say "none" with null
  private static String tooltipOrNull(Artist artist) {
    return artist.tooltip().isEmpty() ? null : artist.tooltip();
  }

  private static String urlOrNull(Artist artist) {
    return artist.url().isEmpty() ? null : artist.url();
  }

  Artist artist() {
    return artist;
  }

  void changed() {
    fireAnnotationChanged();
  }

  @Override
  public boolean getIncludeInDataBounds() {
    return true;
  }

  @Override
  public Range getXRange() {
    return artist.xRange();
  }

  @Override
  public Range getYRange() {
    return artist.yRange();
  }

  @Override
  public double[] stickyX() {
    return artist.stickyX();
  }

  @Override
  public double[] stickyY() {
    return artist.stickyY();
  }
}
