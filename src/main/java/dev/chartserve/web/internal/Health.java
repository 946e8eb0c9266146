package dev.chartserve.web.internal;

import java.io.StringWriter;
import java.time.Duration;
import java.util.Collection;

import dev.chartserve.guard.internal.ImageCache;
import dev.chartserve.guard.internal.RenderGate;
import dev.chartserve.guard.internal.RenderMetrics;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;

/**
 * The body of {@code /charts/_health}: whether charts can be drawn (headless AWT, fonts, and the first
 * charts drawn at start-up, as {@code warmUp}), the application's requests to itself
 * ({@code warmUpRequests}), the gate's limits, occupancy and predicted wait, the render counters
 * (coalesced requests among them) and time percentiles, the image cache's bound and counts, the
 * fingerprint of what the images' bytes depend on ({@link Fingerprint}: equal on nodes that draw the
 * same bytes) and the chart names. Stateless; thread-safe.
 */
public final class Health {
  private Health() {
  }

  public static String json(StartupReport startup, AppState state, SelfRequests selfRequests,
      Collection<String> charts) {
    RenderGate.Snapshot gate = state.gate().snapshot();
    RenderMetrics metrics = state.metrics();
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("status", startup.canRender() ? "UP" : "DOWN")
        .add("headless", startup.headless())
        .add("fonts", Json.createObjectBuilder()
            .add("families", startup.fontFamilies().size())
            .add("scripts", startup.scripts())
            .add("error", text(startup.fontError())))
        .add("warmUp", Json.createObjectBuilder()
            .add("millis", startup.firstChartsMillis())
            .add("error", text(startup.firstChartsError())))
        .add("warmUpRequests", selfRequests(selfRequests))
        .add("mode", state.settings().mode().key())
        .add("gate", Json.createObjectBuilder()
            .add("running", gate.running())
            .add("waiting", gate.waiting())
            .add("maxConcurrentRenders", gate.maxConcurrent())
            .add("maxQueuedRenders", gate.maxQueued())
            .add("queueTimeoutMillis", gate.queueTimeout().toMillis())
            // What a request arriving now would wait for a slot, and the render time that predicts it.
            .add("predictedWaitMillis", millis(gate.predictedWait()))
            .add("slotMillis", millis(gate.slotTime()))
            .add("refused", Json.createObjectBuilder()
                .add("queueFull", gate.rejectedQueueFull())
                .add("waitTooLong", gate.rejectedWaitTooLong())
                .add("queueTimeout", gate.rejectedTimeout()))
            // A render past its deadline plus a second is one whose producer never calls back: it
            // keeps its thread and its permit until it returns.
            .add("stuck", state.inFlight().olderThan(state.settings().renderTimeout().plusSeconds(1))))
        .add("renders", Json.createObjectBuilder()
            .add("rendered", metrics.renderedCount())
            .add("failed", metrics.failedCount())
            .add("timedOut", metrics.timedOutCount())
            .add("rejected", metrics.rejectedCount())
            // Requests that shared the render of an identical one in flight instead of drawing again.
            .add("coalesced", state.identicalRenders().coalescedCount())
            .add("identicalInFlight", state.identicalRenders().inFlight())
            .add("renderMillis", percentiles(metrics, true))
            .add("queueWaitMillis", percentiles(metrics, false)))
        .add("cache", cache(state))
        .add("fingerprint", fingerprint(state.fingerprint()))
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

  private static JsonObjectBuilder selfRequests(SelfRequests selfRequests) {
    if (selfRequests == null) {
      return Json.createObjectBuilder().add("state", "OFF");
    }
    SelfRequests.Status status = selfRequests.status();
    return Json.createObjectBuilder()
        .add("state", status.state().name())
        .add("millis", status.millis())
        .add("results", Json.createArrayBuilder(status.results()))
        .add("problem", text(status.problem()));
  }

  private static JsonObjectBuilder cache(AppState state) {
    if (state.cache().isEmpty()) {
      return Json.createObjectBuilder().add("maxBytes", 0);
    }
    ImageCache.Snapshot cache = state.cache().get().snapshot();
    return Json.createObjectBuilder()
        .add("maxBytes", cache.maxBytes())
        .add("bytes", cache.bytes())
        .add("entries", cache.entries())
        .add("hits", cache.hits())
        .add("misses", cache.misses())
        .add("evictions", cache.evictions());
  }

  private static JsonObjectBuilder fingerprint(Fingerprint fingerprint) {
    JsonArrayBuilder fonts = Json.createArrayBuilder();
    for (Fingerprint.Face face : fingerprint.fonts()) {
      fonts.add(Json.createObjectBuilder()
          .add("name", face.name()).add("source", face.source()).add("sha256", face.sha256()));
    }
    return Json.createObjectBuilder()
        .add("value", fingerprint.value())
        .add("chartserve", fingerprint.chartserve())
        .add("drawing", fingerprint.drawing())
        .add("jfreechart", fingerprint.jfreechart())
        .add("java", fingerprint.java())
        .add("fonts", fonts);
  }

  private static double millis(Duration duration) {
    return Math.round(duration.toNanos() / 10_000.0) / 100.0;
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
