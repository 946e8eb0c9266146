package dev.chartserve.web.tags;

import java.io.IOException;

import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.PageContext;

/**
 * {@code <cs:url chart="seed-hist" width="320" [scale="2"] [var="u" [scope="request"]]/>}, with
 * optional {@code <cs:param>} children: the chart's URL alone, as {@code <cs:img>} builds it (for CSS,
 * links, scripts). Without {@code var} it is written HTML-escaped, ready for an attribute; with
 * {@code var} it is stored unescaped in that variable of {@code scope} ({@code page}, the default,
 * {@code request}, {@code session} or {@code application}), to be escaped where it is used.
 */
public class UrlTag extends ChartTag {
  private String scale;
  private String var;
  private String scope = "page";

  /** The resolution factor, 0.25 to 4 (2 for HiDPI); none by default. */
  public void setScale(String scale) {
    this.scale = scale;
  }

  public void setVar(String var) {
    this.var = var;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  @Override
  String tagName() {
    return "cs:url";
  }

  @Override
  public void doTag() throws JspException, IOException {
    collectParameters();
    var query = query(scale == null || scale.isEmpty() ? null : scale);
    request(drawing(), query);
    String url = url(query);
    if (var == null || var.isEmpty()) {
      getJspContext().getOut().write(Html.escape(url));
    } else {
      getJspContext().setAttribute(var, url, scope(scope));
    }
  }

  private int scope(String name) throws JspException {
    return switch (name == null ? "page" : name) {
      case "page" -> PageContext.PAGE_SCOPE;
      case "request" -> PageContext.REQUEST_SCOPE;
      case "session" -> PageContext.SESSION_SCOPE;
      case "application" -> PageContext.APPLICATION_SCOPE;
      default -> throw failure("scope must be page, request, session or application, was \"" + name + "\"");
    };
  }
}
