package dev.chartserve.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * The demo's database: hourly metrics (ten years from 2026-03-01T00:00Z) and sales per quarter and
 * region, created and filled when the application starts from the files of
 * {@code ../shared/anchors/real-charts/data} (copied into the WAR), unless a previous start filled
 * them already (WildFly's datasource outlives a deployment).
 *
 * <p>The {@code DataSource} is the server's ({@code jdbc/demo}: Tomcat's pool from the WAR's
 * {@code META-INF/context.xml}, WildFly's datasource through {@code WEB-INF/jboss-web.xml}). Every
 * query takes a timeout, so a chart's queries end within its render's remaining time. Each table has
 * a version in {@code data_versions}, raised in the same transaction as every write: a chart's
 * {@code dataVersion} is its table's version, so its {@code ETag} changes exactly when its data does.
 *
 * <p>Thread-safe: it holds only the pool, and each call uses a connection of its own.
 */
@ApplicationScoped
public class DemoDatabase {
  /** The first metric's instant; one reading per hour after it. */
  public static final Instant METRICS_START = Instant.parse("2026-03-01T00:00:00Z");
  public static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");
  public static final List<String> REGIONS = List.of("North", "South", "East", "West");
  /** The largest amount the sales form takes. */
  public static final double MAX_AMOUNT = 1_000_000;

  private static final Logger LOG = System.getLogger(DemoDatabase.class.getName());
  private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(2);

  @Resource(name = "jdbc/demo")
  DataSource dataSource;

  /** Hourly readings from {@code from} (inclusive) to {@code to} (exclusive). */
  public record Metrics(Instant[] at, double[] values) {
  }

  /** Creates and fills the tables when the application starts, if they are not there yet. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object event) throws SQLException {
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.setQueryTimeout(seconds(LOAD_TIMEOUT));
        s.execute("CREATE TABLE IF NOT EXISTS metrics (at_second BIGINT PRIMARY KEY, reading DOUBLE PRECISION NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS sales (id BIGINT AUTO_INCREMENT PRIMARY KEY, quarter VARCHAR(2) NOT NULL,"
            + " region VARCHAR(16) NOT NULL, amount DOUBLE PRECISION NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS data_versions (name VARCHAR(16) PRIMARY KEY, version BIGINT NOT NULL)");
        int metrics = 0;
        int sales = 0;
        if (isEmpty(s, "metrics")) {
          metrics = loadMetrics(c);
          sales = loadSales(c);
          s.execute("DELETE FROM data_versions");
          s.execute("INSERT INTO data_versions (name, version) VALUES ('metrics', 1)");
          s.execute("INSERT INTO data_versions (name, version) VALUES ('sales', 1)");
        }
        c.commit();
        LOG.log(Level.INFO, "demo database ready: " + (metrics == 0 ? "filled before"
            : metrics + " metrics and " + sales + " sales loaded") + " in "
            + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /**
   * Tomcat: the database lives in this application's memory, through its own copy of the driver;
   * shut it down and deregister the driver, so an undeploy leaves nothing behind. WildFly's database
   * is the server's and stays.
   */
  @PreDestroy
  void stop() {
    ClassLoader mine = DemoDatabase.class.getClassLoader();
    List<Driver> ours = Collections.list(DriverManager.getDrivers()).stream()
        .filter(d -> d.getClass().getClassLoader() == mine).toList();
    if (ours.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "could not shut the demo database down: " + e);
    }
    for (Driver d : ours) {
      try {
        DriverManager.deregisterDriver(d);
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "could not deregister " + d + ": " + e);
      }
    }
  }

  /** The readings of {@code hours} hours from {@link #METRICS_START}, in order. */
  public Metrics metrics(int hours, Duration timeout) throws SQLException {
    long from = METRICS_START.getEpochSecond();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(
            "SELECT at_second, reading FROM metrics WHERE at_second >= ? AND at_second < ? ORDER BY at_second")) {
      q.setQueryTimeout(seconds(timeout));
      q.setLong(1, from);
      q.setLong(2, from + hours * 3600L);
      List<Instant> at = new ArrayList<>(hours);
      double[] values = new double[hours];
      try (ResultSet r = q.executeQuery()) {
        while (r.next() && at.size() < hours) {
          values[at.size()] = r.getDouble(2);
          at.add(Instant.ofEpochSecond(r.getLong(1)));
        }
      }
      return new Metrics(at.toArray(Instant[]::new), java.util.Arrays.copyOf(values, at.size()));
    }
  }

  /** Per UTC day from {@link #METRICS_START}: its start, the mean of its readings and their range. */
  public record Daily(Instant[] day, double[] mean, double[] range) {
  }

  /** The daily mean and range (max − min) of the readings of {@code days} days from {@link #METRICS_START}. */
  public Daily daily(int days, Duration timeout) throws SQLException {
    long from = METRICS_START.getEpochSecond();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT (at_second - ?) / 86400 AS d, AVG(reading), MAX(reading) - MIN(reading)"
            + " FROM metrics WHERE at_second >= ? AND at_second < ? GROUP BY d ORDER BY d")) {
      q.setQueryTimeout(seconds(timeout));
      q.setLong(1, from);
      q.setLong(2, from);
      q.setLong(3, from + days * 86400L);
      List<Instant> day = new ArrayList<>(days);
      double[] mean = new double[days];
      double[] range = new double[days];
      try (ResultSet r = q.executeQuery()) {
        while (r.next() && day.size() < days) {
          mean[day.size()] = r.getDouble(2);
          range[day.size()] = r.getDouble(3);
          day.add(Instant.ofEpochSecond(from + r.getLong(1) * 86400L));
        }
      }
      int n = day.size();
      return new Daily(day.toArray(Instant[]::new), java.util.Arrays.copyOf(mean, n), java.util.Arrays.copyOf(range, n));
    }
  }

  /** Sales per region and quarter: {@code sales().get(region)[quarter index]}, regions and quarters in order. */
  public Map<String, double[]> sales(Duration timeout) throws SQLException {
    Map<String, double[]> sums = new LinkedHashMap<>();
    REGIONS.forEach(r -> sums.put(r, new double[QUARTERS.size()]));
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT region, quarter, SUM(amount) FROM sales GROUP BY region, quarter")) {
      q.setQueryTimeout(seconds(timeout));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          double[] row = sums.get(r.getString(1));
          int quarter = QUARTERS.indexOf(r.getString(2));
          if (row != null && quarter >= 0) {
            row[quarter] = r.getDouble(3);
          }
        }
      }
    }
    return sums;
  }

  /** Adds a sale and raises the sales' version, in one transaction. */
  public void addSale(String quarter, String region, double amount) throws SQLException {
    if (!QUARTERS.contains(quarter) || !REGIONS.contains(region) || !(amount > 0 && amount <= MAX_AMOUNT)) {
      throw new IllegalArgumentException("a sale is a quarter of " + QUARTERS + ", a region of " + REGIONS
          + " and an amount from 0 to " + MAX_AMOUNT + ", was " + quarter + ", " + region + ", " + amount);
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO sales (quarter, region, amount) VALUES (?, ?, ?)");
          PreparedStatement bump = c.prepareStatement("UPDATE data_versions SET version = version + 1 WHERE name = 'sales'")) {
        insert.setQueryTimeout(seconds(VERSION_TIMEOUT));
        bump.setQueryTimeout(seconds(VERSION_TIMEOUT));
        insert.setString(1, quarter);
        insert.setString(2, region);
        insert.setDouble(3, amount);
        insert.executeUpdate();
        bump.executeUpdate();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** The version of table {@code name} ("metrics" or "sales"): raised by every write to it. */
  public long version(String name) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT version FROM data_versions WHERE name = ?")) {
      q.setQueryTimeout(seconds(VERSION_TIMEOUT));
      q.setString(1, name);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  /** JDBC's timeout in whole seconds, at least 1 (0 would mean none). */
  static int seconds(Duration timeout) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000));
  }

  private static boolean isEmpty(Statement s, String table) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      return !r.next() || r.getLong(1) == 0;
    }
  }

  private static int loadMetrics(Connection c) throws SQLException {
    try (BufferedReader in = resource("real/metrics.csv.gz", true);
        PreparedStatement insert = c.prepareStatement("INSERT INTO metrics (at_second, reading) VALUES (?, ?)")) {
      insert.setQueryTimeout(seconds(LOAD_TIMEOUT));
      requireHeader(in.readLine(), "instant,value");
      int rows = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int comma = line.indexOf(',');
        insert.setLong(1, Instant.parse(line.substring(0, comma)).getEpochSecond());
        insert.setDouble(2, Double.parseDouble(line.substring(comma + 1)));
        insert.addBatch();
        if (++rows % 5000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int loadSales(Connection c) throws SQLException {
    try (BufferedReader in = resource("real/sales.csv", false);
        PreparedStatement insert = c.prepareStatement("INSERT INTO sales (quarter, region, amount) VALUES (?, ?, ?)")) {
      insert.setQueryTimeout(seconds(LOAD_TIMEOUT));
      requireHeader(in.readLine(), "quarter,region,amount");
      int rows = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split(",");
        insert.setString(1, cells[0]);
        insert.setString(2, cells[1]);
        insert.setDouble(3, Double.parseDouble(cells[2]));
        insert.addBatch();
        rows++;
      }
      insert.executeBatch();
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader resource(String name, boolean gzip) throws IOException {
    InputStream raw = DemoDatabase.class.getResourceAsStream(name);
    if (raw == null) {
      throw new IllegalStateException("the demo's data file " + name + " is not in the WAR");
    }
    return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8));
  }

  private static void requireHeader(String header, String expected) {
    if (!expected.equals(header)) {
      throw new IllegalStateException("a demo data file starts with \"" + expected + "\", was \"" + header + "\"");
    }
  }
}
