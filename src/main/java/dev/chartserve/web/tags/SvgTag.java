package dev.chartserve.web.tags;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;
import dev.chartserve.web.internal.AppState;
import dev.chartserve.web.internal.ChartDrawing;
import dev.chartserve.web.internal.ProblemException;
import jakarta.servlet.jsp.JspException;

/**
 * {@code <cs:svg chart="seed-line" width="640" height="480" [id]/>}, with optional {@code <cs:param>}
 * children: the chart drawn here, in this request, through the same path as the image resource, and
 * written inline as an {@code <svg>} element of {@code width} × {@code height} CSS pixels (its
 * {@code viewBox} keeps the drawing's points). Every {@code id} inside, and every reference to one, is
 * prefixed with this tag's own prefix ({@code {id}-}, or {@code cs-svg-1-}, {@code cs-svg-2-}… in page
 * order), so several charts share a page; the root element gets {@code id} when given. No XML
 * declaration or doctype; all text is escaped.
 */
public class SvgTag extends ChartTag {
  private String id;

  public void setId(String id) {
    this.id = id;
  }

  @Override
  String tagName() {
    return "cs:svg";
  }

  @Override
  public void doTag() throws JspException, IOException {
    setFormat("svg");
    collectParameters();
    Map<String, String> query = query(null);
    ChartDrawing drawing = drawing();
    ChartRequest request = request(drawing, query);
    AppState state = AppState.ensure(pageContext().getServletContext());
    String prefix = (id == null || id.isEmpty() ? nextId("cs-svg") : id) + "-";
    String markup;
    try {
      markup = drawing.draw(request, state, figure -> InlineSvg.inline(
          new String(Renderer.render(figure, ImageFormat.SVG), StandardCharsets.UTF_8), prefix,
          Integer.toString(figure.pixelWidth()), Integer.toString(figure.pixelHeight()),
          id == null || id.isEmpty() ? null : id));
    } catch (ProblemException e) {
      throw failure(e);
    } catch (IOException | JspException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new JspException("<cs:svg chart=\"" + chart() + "\"> could not be drawn", e);
    }
    getJspContext().getOut().write(markup);
  }
}
