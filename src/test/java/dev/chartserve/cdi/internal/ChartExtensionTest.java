package dev.chartserve.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChartExtensionTest {
  @Chart("good")
  static class Good implements ChartProducer {
    @Override
    public void draw(Figure figure, ChartRequest request) {
    }
  }

  static class Other implements ChartProducer {
    @Override
    public void draw(Figure figure, ChartRequest request) {
    }
  }

  @Chart(value = "bad-header", cacheControl = "max-age=1\r\nSet-Cookie: x=1")
  static class HeaderInjection {
  }

  @Test
  void aCacheControlThatWouldSplitTheResponseFailsTheDeployment() {
    assertEquals("@Chart(\"bad-header\"): version and cacheControl must be printable ASCII, was"
        + " \"max-age=1\\r\\nSet-Cookie: x=1\"",
        ChartExtension.problemWithHeaders(HeaderInjection.class.getAnnotation(Chart.class)));
    assertNull(ChartExtension.problemWithHeaders(Good.class.getAnnotation(Chart.class)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed-hist", "a", "Sales_2024", "0"})
  void goodNamesAreAccepted(String name) {
    assertNull(ChartExtension.problemWith(name, Good.class, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-leading", "_health", "has.dot", "has/slash", "sp ace", "ünï"})
  void badNamesFailTheDeploymentWithTheRule(String name) {
    assertEquals("@Chart(\"" + name + "\") on " + Good.class.getName() + ": a chart name must be 1 to 64"
        + " characters of a-z A-Z 0-9 _ -, starting with a letter or digit",
        ChartExtension.problemWith(name, Good.class, null));
  }

  @Test
  void aSecondProducerWithTheSameNameFailsTheDeploymentNamingBoth() {
    assertEquals("two chart producers are named \"sales\": " + Good.class.getName() + " and "
        + Other.class.getName(), ChartExtension.problemWith("sales", Other.class, Good.class));
  }

  @Test
  void aChartCannotDeclareAParameterEveryChartHasOrOneTwice() {
    assertEquals("@Chart(\"walk\") declares parameter \"width\", which every chart has already"
        + " (reserved: height, scale, sig, width)",
        ChartExtension.problemWithParameters("walk", List.of(ChartParameter.integer("width", 1, 1, 2))));
    assertEquals("@Chart(\"walk\") declares parameter \"days\" twice", ChartExtension.problemWithParameters("walk",
        List.of(ChartParameter.integer("days", 1, 1, 2), ChartParameter.flag("days", true))));
    assertNull(ChartExtension.problemWithParameters("walk", List.of(ChartParameter.flag("grid", true))));
  }

  @Test
  void aClassThatIsNotAProducerFailsTheDeployment() {
    assertEquals("@Chart(\"x\") on java.lang.String: the class must implement " + ChartProducer.class.getName(),
        ChartExtension.problemWith("x", String.class, null));
  }
}
