package dev.chartserve.web.tags;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.guard.internal.UrlSigner;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.web.ChartUrls;
import dev.chartserve.web.internal.ChartDrawing;
import dev.chartserve.web.internal.ProblemException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.JspTagException;
import jakarta.servlet.jsp.PageContext;
import jakarta.servlet.jsp.tagext.JspFragment;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;

/**
 * What the chart tags share: the {@code chart}, {@code format}, {@code width} and {@code height}
 * attributes, the {@code <cs:param>} children, and the checked request they make. Every attribute
 * takes EL. The parameters are checked as the chart's URL would be (an unknown chart or parameter, or
 * a bad value, fails the page with a message naming it), so a page never links to a 400.
 *
 * <p>A simple tag: the container makes a new instance for each use, so a tag in a
 * {@code <c:forEach>} keeps nothing from one pass to the next, and nothing is kept in the session.
 */
public abstract class ChartTag extends SimpleTagSupport {
  /** The request attribute that numbers the ids a page's tags generate (request state only). */
  static final String COUNTER = "dev.chartserve.tags.counter";

  private String chart;
  private String format = "png";
  private String width;
  private String height;
  private final Map<String, String> parameters = new LinkedHashMap<>();

  /** The chart's registered name, as in {@code /charts/{chart}.png}. Required. */
  public void setChart(String chart) {
    this.chart = chart;
  }

  /** The image format's extension: {@code png} (the default), {@code jpg}, {@code svg} or {@code pdf}. */
  public void setFormat(String format) {
    this.format = format;
  }

  /** The width in CSS pixels (1 to 4096); the chart's own width if not given. */
  public void setWidth(String width) {
    this.width = width;
  }

  /** The height in CSS pixels (1 to 4096); the chart's own height if not given. */
  public void setHeight(String height) {
    this.height = height;
  }

  /** This tag's name in messages, e.g. {@code cs:img}. */
  abstract String tagName();

  String chart() {
    return chart;
  }

  String format() {
    return format;
  }

  String width() {
    return width;
  }

  String height() {
    return height;
  }

  /** Called by each {@code <cs:param>} child. */
  void addParameter(String name, String value) throws JspTagException {
    if (name == null || name.isEmpty()) {
      throw failure("<cs:param> needs a name");
    }
    if (ChartRequest.SIZE_PARAMETERS.contains(name) || UrlSigner.PARAMETER.equals(name)) {
      throw failure("\"" + name + "\" is not a <cs:param>: use the tag's attribute"
          + (UrlSigner.PARAMETER.equals(name) ? " (the signature is added when signing is on)" : ""));
    }
    if (parameters.putIfAbsent(name, value) != null) {
      throw failure("parameter \"" + name + "\" is given twice");
    }
  }

  /** Runs the body, whose {@code <cs:param>} children add their parameters; it writes nothing. */
  final void collectParameters() throws JspException, IOException {
    if (chart == null || chart.isEmpty()) {
      throw failure("the chart attribute is required");
    }
    JspFragment body = getJspBody();
    if (body != null) {
      body.invoke(Writer.nullWriter());
    }
  }

  /** The query in URL order: width, height, the {@code <cs:param>}s, then {@code scale} if not null. */
  final Map<String, String> query(String scale) {
    Map<String, String> query = new LinkedHashMap<>();
    if (width != null && !width.isEmpty()) {
      query.put("width", width);
    }
    if (height != null && !height.isEmpty()) {
      query.put("height", height);
    }
    query.putAll(parameters);
    if (scale != null) {
      query.put("scale", scale);
    }
    return query;
  }

  /**
   * The chart request {@code query} makes, checked as the server checks a chart URL.
   *
   * @throws JspTagException naming the tag, the chart and what is wrong
   */
  final ChartRequest request(ChartDrawing drawing, Map<String, String> query) throws JspTagException {
    Map<String, List<String>> multi = new LinkedHashMap<>();
    query.forEach((name, value) -> multi.put(name, List.of(value)));
    try {
      ImageFormat imageFormat = ChartDrawing.format(Objects.requireNonNullElse(format, ""));
      return drawing.request(chart, imageFormat, multi);
    } catch (ProblemException e) {
      throw failure(e.problem().detail());
    }
  }

  /** The chart's URL for {@code query}: context path, percent-encoding, and the signature if signing is on. */
  final String url(Map<String, String> query) {
    return ChartUrls.of(pageContext().getServletContext()).url(chart, format, query);
  }

  /** This request's chart-drawing bean, from CDI: the same path the image resource draws through. */
  static ChartDrawing drawing() {
    return CDI.current().select(ChartDrawing.class).get();
  }

  final PageContext pageContext() {
    return (PageContext) getJspContext();
  }

  /** A new id for this request's page, {@code prefix-1}, {@code prefix-2}…: unique within the page. */
  final String nextId(String prefix) {
    ServletRequest request = pageContext().getRequest();
    Object seen = request.getAttribute(COUNTER);
    int next = seen instanceof Integer n ? n + 1 : 1;
    request.setAttribute(COUNTER, next);
    return prefix + "-" + next;
  }

  final JspTagException failure(String detail) {
    return new JspTagException("<" + tagName() + " chart=\"" + chart + "\">: " + detail);
  }

  final JspTagException failure(ProblemException e) {
    return failure(e.problem().detail());
  }
}
