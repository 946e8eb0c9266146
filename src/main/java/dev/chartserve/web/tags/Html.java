package dev.chartserve.web.tags;

/**
 * HTML escaping for the tags' output. Everything a tag writes from its attributes, a chart's
 * parameters or a chart's tooltips and links passes here. The output is ASCII: markup characters
 * become entities and every other non-ASCII character a numeric reference, so it is correct in an
 * attribute value and in text, whatever charset the page is sent in.
 */
final class Html {
  private Html() {
  }

  /** {@code text} escaped for a double- or single-quoted attribute value, or for element text. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }

  /** Appends {@code text}, escaped as {@link #escape(String)} does, to {@code out}. */
  static void escape(CharSequence text, StringBuilder out) {
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r') {
            out.append((char) c);
          } else if (c < 0x20 || c >= 0x7f && c < 0xa0 || Character.isSurrogate((char) c)) {
            out.append("&#xFFFD;"); // controls and lone surrogates are not allowed in HTML text
          } else {
            out.append("&#").append(c).append(';');
          }
        }
      }
    }
  }

  /** Appends {@code  name="value"} with the value escaped. */
  static void attribute(StringBuilder out, String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(value, out);
    out.append('"');
  }
}
