package dev.chartserve.web.tags;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.jfree.chart.entity.ChartEntity;

import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.web.internal.AppState;
import dev.chartserve.web.internal.ChartDrawing;
import dev.chartserve.web.internal.ProblemException;
import jakarta.servlet.jsp.JspException;

/**
 * {@code <cs:map chart="seed-bar" width="640" height="480" [id] [alt]/>}, with optional
 * {@code <cs:param>} children: the chart's {@code <img usemap="#id">} (as {@code <cs:img>} writes it)
 * and a {@code <map name="id">} with one {@code <area shape coords href title data-tooltip>} per
 * shape that the chart declared a tooltip or a link for ({@link dev.chartserve.figure.Patch#setTooltip},
 * {@link dev.chartserve.figure.Patch#setUrl}, or a raw JFreeChart's tooltip and URL generators).
 *
 * <p>To find the areas the tag draws the chart here, in this request, through the same path as the
 * image resource (the same producer, parameters, size, render gate and deadline), so the areas
 * match the image exactly and nothing is kept between the page and the image request. The
 * {@code <img>} gets the drawn size as its {@code width} and {@code height}. Without {@code id}, the
 * map is named {@code cs-map-1}, {@code cs-map-2}… in the order of the page.
 */
public class MapTag extends ImgTag {
  @Override
  String tagName() {
    return "cs:map";
  }

  @Override
  public void doTag() throws JspException, IOException {
    collectParameters();
    Map<String, String> query = query(null);
    ChartDrawing drawing = drawing();
    ChartRequest request = request(drawing, query);
    AppState state = AppState.ensure(pageContext().getServletContext());
    Drawn drawn;
    try {
      drawn = drawing.draw(request, state,
          figure -> new Drawn(ImageMap.entities(figure), figure.pixelWidth(), figure.pixelHeight()));
    } catch (ProblemException e) {
      throw failure(e);
    } catch (IOException | JspException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new JspException("<cs:map chart=\"" + chart() + "\"> could not be drawn", e);
    }
    String name = id() == null || id().isEmpty() ? nextId("cs-map") : id();
    String contextPath = pageContext().getServletContext().getContextPath();
    StringBuilder out = new StringBuilder(4096);
    img(out, query, Integer.toString(drawn.width()), Integer.toString(drawn.height()), "#" + name);
    out.append("<map");
    Html.attribute(out, "name", name);
    out.append('>');
    for (ChartEntity entity : drawn.entities()) {
      ImageMap.areas(out, entity, contextPath);
    }
    out.append("</map>");
    getJspContext().getOut().write(out.toString());
  }

  /** What the drawing gives: the linked entities and the image's size in pixels. */
  private record Drawn(List<ChartEntity> entities, int width, int height) {
  }
}
