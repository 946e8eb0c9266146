package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
  private static final long MAX_PIXELS = 16L * 1024 * 1024;

  @Test
  void noParametersKeepTheChartsOwnSize() {
    Figure figure = new Figure(6, 2.2, 200);
    QueryParameters.apply(parse(Map.of()), figure, MAX_PIXELS);
    assertEquals(1200, figure.pixelWidth());
    assertEquals(440, figure.pixelHeight());
  }

  @Test
  void widthAndHeightReplaceTheFigureSizeInPixels() {
    Figure figure = new Figure();
    QueryParameters.apply(parse(Map.of("width", List.of("800"), "height", List.of("300"))), figure, MAX_PIXELS);
    assertEquals(800, figure.pixelWidth());
    assertEquals(300, figure.pixelHeight());
    assertEquals(100, figure.dpi());
  }

  @Test
  void scaleMultipliesThePixelsAndKeepsTheLayout() {
    Figure figure = new Figure();
    QueryParameters.apply(parse(Map.of("width", List.of("320"), "scale", List.of("2"))), figure, MAX_PIXELS);
    assertEquals(640, figure.pixelWidth());
    assertEquals(960, figure.pixelHeight());
    assertEquals(3.2, figure.widthInches(), 1e-9);
    assertEquals(200, figure.dpi(), 1e-9);
  }

  @Test
  void anUnknownParameterIsRejectedByName() {
    Problem problem = rejected(Map.of("colour", List.of("red")));
    assertEquals(400, problem.status());
    assertEquals("unknown parameter \"colour\"; this chart accepts: height, scale, width", problem.detail());
  }

  private static final List<ChartParameter> WALK = List.of(
      ChartParameter.integer("days", 200, 10, 200), ChartParameter.choice("color", "C0", "C0", "C3"));

  @Test
  void declaredParametersGetTheirValueOrTheirDefault() {
    ChartRequest request = QueryParameters.parse("walk", ImageFormat.PNG, Map.of("days", List.of("50")), WALK);
    assertEquals(50, request.getInt("days"));
    assertEquals("C0", request.getString("color"));
    assertEquals("{color=C0, days=50}", request.parameters().toString());
  }

  @Test
  void aBadDeclaredValueIsRejectedByNameWithWhatIsAllowed() {
    ProblemException e = assertThrows(ProblemException.class,
        () -> QueryParameters.parse("walk", ImageFormat.PNG, Map.of("color", List.of("pink")), WALK));
    assertEquals(400, e.problem().status());
    assertEquals("color must be one of C0, C3, was \"pink\"", e.problem().detail());
  }

  @Test
  void anUnknownParameterListsEveryParameterTheChartAccepts() {
    ProblemException e = assertThrows(ProblemException.class,
        () -> QueryParameters.parse("walk", ImageFormat.PNG, Map.of("colour", List.of("C3")), WALK));
    assertEquals("unknown parameter \"colour\"; this chart accepts: color, days, height, scale, width",
        e.problem().detail());
  }

  @Test
  void aRepeatedParameterIsRejected() {
    assertEquals("width is given 2 times; give it once",
        rejected(Map.of("width", List.of("10", "20"))).detail());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "+5", "-5", "0", "4097", "1e3", "12.5", " 12", "99999999999"})
  void aWidthThatIsNotAWholeNumberOfPixelsInRangeIsRejectedWithItsValue(String width) {
    Problem problem = rejected(Map.of("width", List.of(width)));
    assertEquals(400, problem.status());
    assertEquals("width must be a whole number of pixels from 1 to 4096, was \"" + width + "\"", problem.detail());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.1", "5", "NaN", "Infinity", "0x1p1", " 2", "2d", "1,5"})
  void aScaleOutOfRangeOrMalformedIsRejectedWithItsValue(String scale) {
    assertEquals("scale must be a number from 0.25 to 4.0, was \"" + scale + "\"",
        rejected(Map.of("scale", List.of(scale))).detail());
  }

  @Test
  void thePixelBudgetIsCheckedBeforeAnythingIsDrawn() {
    Figure figure = new Figure();
    ChartRequest request = parse(Map.of("width", List.of("4096"), "height", List.of("4096"), "scale", List.of("1.5")));
    ProblemException e = assertThrows(ProblemException.class, () -> QueryParameters.apply(request, figure, MAX_PIXELS));
    assertEquals(413, e.problem().status());
    assertEquals("the image would have 6144 × 6144 = 37748736 pixels; the most is 16777216"
        + " (lower width, height or scale)", e.problem().detail());
  }

  private static ChartRequest parse(Map<String, List<String>> query) {
    return QueryParameters.parse("seed-hist", ImageFormat.PNG, query);
  }

  private static Problem rejected(Map<String, List<String>> query) {
    return assertThrows(ProblemException.class, () -> parse(query)).problem();
  }
}
