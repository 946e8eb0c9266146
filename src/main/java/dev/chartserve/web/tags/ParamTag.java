package dev.chartserve.web.tags;

import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.JspTagException;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;

/**
 * {@code <cs:param name="…" value="…"/>}: one query parameter of the enclosing {@code <cs:img>},
 * {@code <cs:url>}, {@code <cs:map>} or {@code <cs:svg>}, in the order given. The value is
 * percent-encoded into the URL (and signed with it); a null value counts as empty.
 */
public class ParamTag extends SimpleTagSupport {
  private String name;
  private String value;

  public void setName(String name) {
    this.name = name;
  }

  public void setValue(String value) {
    this.value = value;
  }

  @Override
  public void doTag() throws JspException {
    ChartTag parent = (ChartTag) findAncestorWithClass(this, ChartTag.class);
    if (parent == null) {
      throw new JspTagException("<cs:param> must be inside <cs:img>, <cs:url>, <cs:map> or <cs:svg>");
    }
    parent.addParameter(name, value == null ? "" : value);
  }
}
