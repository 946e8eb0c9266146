package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void anUnknownChartNamesTheChartAndListsTheKnownOnes() {
    JsonObject json = parse(Problem.unknownChart("no\"pe", List.of("a", "b")).toJson());
    assertEquals("urn:chartserve:problem:unknown-chart", json.getString("type"));
    assertEquals("Unknown chart", json.getString("title"));
    assertEquals(404, json.getInt("status"));
    assertEquals("no chart is named \"no\"pe\"; the charts are: a, b", json.getString("detail"));
    assertEquals("name", json.getString("parameter"));
    assertFalse(json.containsKey("requestId"));
  }

  @Test
  void anUnexpectedFailureIsA500WithARequestIdAndNoStackTrace() {
    Response response = new ErrorMapper().toResponse(new IllegalStateException("secret internals"));
    assertEquals(500, response.getStatus());
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    String body = (String) response.getEntity();
    JsonObject json = parse(body);
    assertTrue(json.getString("detail").endsWith(json.getString("requestId")), body);
    assertFalse(body.contains("secret internals"), body);
    assertFalse(body.contains("IllegalStateException"), body);
  }

  @Test
  void aRuntimeDecidedStatusKeepsItsStatus() {
    Response response = new ErrorMapper().toResponse(new NotAllowedException("GET"));
    assertEquals(405, response.getStatus());
    assertEquals(405, parse((String) response.getEntity()).getInt("status"));
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
