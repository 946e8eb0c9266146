package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The demo's fault charts: present only when chartserve.demo.faults=true, and harmless to the rest. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FaultsIT {
  @Deployment(name = "faults", testable = false)
  static WebArchive withFaults() {
    return Wars.withContextParams("faults.war",
        Map.of("chartserve.demo.faults", "true", "chartserve.renderTimeout", "1000"));
  }

  @Deployment(name = "plain", testable = false)
  static WebArchive withoutFaults() {
    return Wars.withContextParams("plain.war", Map.of());
  }

  // Fields, not method parameters: Arquillian resolves those before the first class's deployment.
  @ArquillianResource
  @OperateOnDeployment("faults")
  URL faults;

  @ArquillianResource
  @OperateOnDeployment("plain")
  URL plain;

  @Test
  void aThrowingProducerIsA500WithARequestIdThatLeadsToTheStackTraceInTheLog() throws Exception {
    URL base = faults;
    JsonObject problem = problem(get(base, "charts/fault-throws.png"), 500);
    String body = problem.toString();
    assertFalse(body.contains("IllegalStateException"), body);
    assertFalse(body.contains("at dev.chartserve"), body);
    String requestId = problem.getString("requestId");
    assertTrue(requestId.matches("[0-9a-f-]{36}"), requestId);

    String log = ServerLog.awaiting("chart request failed, request id " + requestId);
    int at = log.indexOf("chart request failed, request id " + requestId);
    assertTrue(at >= 0, "the log names the request id");
    assertTrue(log.indexOf("fault-throws: this producer always fails", at) > at, "with the exception after it");

    assertEquals(200, get(base, "charts/seed-hist.png").statusCode(), "the other charts are unaffected");
  }

  @Test
  void aChartPastItsDeadlineIsStoppedWithA503AndTheServerRecovers() throws Exception {
    long start = System.nanoTime();
    JsonObject problem = problem(get(faults, "charts/fault-slow.png"), 503);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("urn:chartserve:problem:render-timeout", problem.getString("type"));
    assertEquals("\"fault-slow\" took longer than 1000 ms to draw (chartserve.renderTimeout) and was stopped",
        problem.getString("detail"));
    // Drawing it all takes minutes; a loose bound proves it stopped near its deadline.
    assertTrue(millis >= 1000 && millis < 6000, "answered after " + millis + " ms");

    JsonObject health = Json.createReader(new ByteArrayInputStream(get(faults, "charts/_health").body())).readObject();
    assertTrue(health.getJsonObject("renders").getInt("timedOut") >= 1, health.toString());
    assertEquals(0, health.getJsonObject("gate").getInt("running"), "its permit came back");
    assertEquals(0, health.getJsonObject("gate").getInt("stuck"), health.toString());
    assertEquals(200, get(faults, "charts/seed-hist.png").statusCode());
  }

  @Test
  void withoutTheSettingTheFaultChartsDoNotExist() throws Exception {
    JsonObject problem = problem(get(plain, "charts/fault-throws.png"), 404);
    assertFalse(problem.getString("detail").contains("fault-throws;"), problem.getString("detail"));
  }

}
