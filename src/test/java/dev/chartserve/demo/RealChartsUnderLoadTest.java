package dev.chartserve.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.chartserve.testing.ConcurrencyHarness;
import dev.chartserve.testing.HarnessReport;

/**
 * The concurrency harness over the real-application charts, in-process: the database-backed
 * metrics (time axes in two zones and locales), daily (twin axes) and regions (stacked categories),
 * and the walk titled in Chinese and Korean (fallback fonts) — 8 threads × 40 iterations, every image
 * byte-identical to its serial reference, no figure left open. The database is a real H2 in memory,
 * filled as the application fills it at start.
 */
class RealChartsUnderLoadTest {
  private static DemoDatabase database;

  @BeforeAll
  static void fillTheDatabase() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:real-charts-under-load;DB_CLOSE_DELAY=-1");
    database = new DemoDatabase();
    database.dataSource = h2;
    database.start(null);
  }

  @AfterAll
  static void shutDown() {
    database.stop();
  }

  @Test
  void eightThreadsTimesFortyIterationsGiveTheSerialBytesOfEveryRealChart() throws Exception {
    MetricsChart metrics = new MetricsChart();
    metrics.database = database;
    DailyChart daily = new DailyChart();
    daily.database = database;
    RegionsChart regions = new RegionsChart();
    regions.database = database;
    WalkChart walk = new WalkChart();
    ConcurrencyHarness harness = ConcurrencyHarness.create().threads(8).iterations(40)
        .chart(metrics, "metrics.png?days=1&zone=America/Los_Angeles")
        .chart(metrics, "metrics.png?days=60&zone=Europe/Berlin&locale=de-DE")
        .chart(metrics, "metrics.svg?days=30")
        .chart(daily, "daily.png?days=120")
        .chart(regions, "regions.png")
        .chart(regions, "regions.svg?width=320&height=240")
        .chart(walk, "walk.png?title=" + URLEncoder.encode("每日数值", StandardCharsets.UTF_8))
        .chart(walk, "walk.svg?title=" + URLEncoder.encode("일일 값", StandardCharsets.UTF_8));

    HarnessReport report = harness.run();

    System.out.println("real charts under load: " + report.summary());
    report.assertPassed();
    assertEquals(320, report.renders());
    assertEquals(0, report.openFigures());
  }
}
