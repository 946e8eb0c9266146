package dev.chartserve.web.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void markupQuotesAndAmpersandsBecomeEntities() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
        Html.escape("<script>alert(\"x\")</script> & 'y'"));
  }

  @Test
  void nonAsciiBecomesNumericReferencesSoAnyPageCharsetKeepsIt() {
    assertEquals("&#252;&#8364; &#128512;", Html.escape("ü€ \uD83D\uDE00"));
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreReplaced() {
    assertEquals("a&#xFFFD;b&#xFFFD;c&#xFFFD;", Html.escape("a\u0000b\u0085c\uD800"));
  }

  @Test
  void theOutputIsAsciiWithoutMarkupCharacters() {
    String hostile = "\"><img src=x onerror=alert(1)>'`ü€&amp;";
    String escaped = Html.escape(hostile);
    assertTrue(escaped.chars().allMatch(c -> c >= 0x20 && c < 0x7f), escaped);
    assertTrue(escaped.indexOf('<') < 0 && escaped.indexOf('>') < 0 && escaped.indexOf('"') < 0
        && escaped.indexOf('\'') < 0, escaped);
  }

  @Test
  void anAttributeIsNameEqualsQuotedEscapedValue() {
    StringBuilder out = new StringBuilder();
    Html.attribute(out, "alt", "a \"b\"");
    assertEquals(" alt=\"a &quot;b&quot;\"", out.toString());
  }
}
