package dev.chartserve.web.tags;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.jsp.JspException;

/**
 * {@code <cs:img chart="seed-hist" width="640" height="480" alt="…"/>}, with optional
 * {@code <cs:param>} children: one {@code <img>} whose {@code src} is the chart's URL (context path,
 * percent-encoded parameters, signature when {@code chartserve.signing.key} is set), with
 * {@code width}/{@code height} attributes and a {@code srcset} whose {@code 2x} image is drawn at
 * {@code scale=2} for HiDPI screens. Every attribute value written is HTML-escaped.
 *
 * <p>Optional attributes: {@code format} ({@code png}), {@code alt} (empty), {@code id},
 * {@code cssClass} (the {@code class} attribute), {@code style}, {@code loading} ({@code lazy} or
 * {@code eager}). Without {@code width}/{@code height} the chart's own size is drawn and the
 * {@code <img>} has no size attributes (the tag does not draw the chart to learn it).
 */
public class ImgTag extends ChartTag {
  private String alt = "";
  private String id;
  private String cssClass;
  private String style;
  private String loading;

  public void setAlt(String alt) {
    this.alt = alt;
  }

  public void setId(String id) {
    this.id = id;
  }

  public void setCssClass(String cssClass) {
    this.cssClass = cssClass;
  }

  public void setStyle(String style) {
    this.style = style;
  }

  public void setLoading(String loading) {
    this.loading = loading;
  }

  @Override
  String tagName() {
    return "cs:img";
  }

  @Override
  public void doTag() throws JspException, IOException {
    collectParameters();
    Map<String, String> query = query(null);
    request(drawing(), query); // fails the page here, not the image later
    StringBuilder out = new StringBuilder(256);
    img(out, query, width(), height(), null);
    getJspContext().getOut().write(out.toString());
  }

  /** Appends the {@code <img>} for {@code query}, sized {@code width} × {@code height} when given. */
  final void img(StringBuilder out, Map<String, String> query, String width, String height, String usemap) {
    String src = url(query);
    Map<String, String> hiDpi = new java.util.LinkedHashMap<>(query);
    hiDpi.put("scale", "2");
    out.append("<img");
    Html.attribute(out, "src", src);
    Html.attribute(out, "srcset", src + " 1x, " + url(hiDpi) + " 2x");
    if (width != null && !width.isEmpty()) {
      Html.attribute(out, "width", width);
    }
    if (height != null && !height.isEmpty()) {
      Html.attribute(out, "height", height);
    }
    Html.attribute(out, "alt", alt == null ? "" : alt);
    optional(out, "id", id);
    optional(out, "class", cssClass);
    optional(out, "style", style);
    optional(out, "loading", loading);
    optional(out, "usemap", usemap);
    out.append('>');
  }

  final String id() {
    return id;
  }

  private static void optional(StringBuilder out, String name, String value) {
    if (value != null && !value.isEmpty()) {
      Html.attribute(out, name, value);
    }
  }
}
