package dev.chartserve.web.internal;

import java.io.StringWriter;
import java.util.Collection;

import dev.chartserve.guard.RenderGate;
import dev.chartserve.guard.RenderMetrics;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;

/**
 * The body of {@code /charts/_health}: whether charts can be drawn (headless AWT, fonts, warm-up),
 * the gate's limits and occupancy, the render counters and time percentiles, and the chart names.
 */
public final class Health {
  private Health() {
  }

  public static String json(StartupReport startup, AppState state, WarmUpRequests warmUpRequests,
      Collection<String> charts) {
    RenderGate.Snapshot gate = state.gate().snapshot();
    RenderMetrics metrics = state.metrics();
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("status", startup.canRender() ? "UP" : "DOWN")
        .add("headless", startup.headless())
        .add("fonts", Json.createObjectBuilder()
            .add("families", startup.fontFamilies().size())
            .add("error", text(startup.fontError())))
        .add("warmUp", Json.createObjectBuilder()
            .add("millis", startup.warmUpMillis())
            .add("error", text(startup.warmUpError())))
        .add("warmUpRequests", warmUpRequests(warmUpRequests))
        .add("mode", state.settings().mode().key())
        .add("gate", Json.createObjectBuilder()
            .add("running", gate.running())
            .add("waiting", gate.waiting())
            .add("maxConcurrentRenders", gate.maxConcurrent())
            .add("maxQueuedRenders", gate.maxQueued())
            .add("queueTimeoutMillis", gate.queueTimeout().toMillis())
            // A render past its deadline plus a second is one whose producer never calls back: it
            // keeps its thread and its permit until it returns.
            .add("stuck", state.inFlight().olderThan(state.settings().renderTimeout().plusSeconds(1))))
        .add("renders", Json.createObjectBuilder()
            .add("rendered", metrics.renderedCount())
            .add("failed", metrics.failedCount())
            .add("timedOut", metrics.timedOutCount())
            .add("rejected", metrics.rejectedCount())
            .add("renderMillis", percentiles(metrics, true))
            .add("queueWaitMillis", percentiles(metrics, false)))
        .add("charts", Json.createArrayBuilder(charts));
    if (state.settings().mode() == Settings.Mode.GLOBAL_LOCK) {
      json.add("globalLock", Json.createObjectBuilder()
          .add("waitMillis", Json.createObjectBuilder()
              .add("p50", metrics.lockWaitMillis(50)).add("p99", metrics.lockWaitMillis(99)))
          .add("holdMillis", Json.createObjectBuilder()
              .add("p50", metrics.lockHoldMillis(50)).add("p99", metrics.lockHoldMillis(99))));
    }
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(json.build());
    }
    return out.toString();
  }

  private static JsonObjectBuilder warmUpRequests(WarmUpRequests warmUpRequests) {
    if (warmUpRequests == null) {
      return Json.createObjectBuilder().add("state", "OFF");
    }
    WarmUpRequests.Status status = warmUpRequests.status();
    return Json.createObjectBuilder()
        .add("state", status.state().name())
        .add("millis", status.millis())
        .add("results", Json.createArrayBuilder(status.results()))
        .add("problem", text(status.problem()));
  }

  private static JsonObjectBuilder percentiles(RenderMetrics metrics, boolean render) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    for (double p : new double[] {50, 95, 99}) {
      json.add("p" + (int) p, render ? metrics.renderMillis(p) : metrics.queueWaitMillis(p));
    }
    return json;
  }

  private static JsonValue text(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }
}
