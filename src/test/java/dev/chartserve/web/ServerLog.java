package dev.chartserve.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The server's log files, for tests that check what ChartServe logged. */
final class ServerLog {
  private ServerLog() {
  }

  /** Everything in the server's log directory now. */
  static String read() throws IOException {
    StringBuilder log = new StringBuilder();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(System.getProperty("server.log.dir")), "*.log")) {
      for (Path file : files) {
        log.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return log.toString();
  }

  /**
   * The log once it contains {@code text}, read again until it does or 10 s have passed: Tomcat
   * writes its log on a background thread, so a line can land just after the response.
   */
  static String awaiting(String text) throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String log = read();
    while (!log.contains(text) && System.nanoTime() < giveUp) {
      Thread.sleep(50); // polling a file another process writes; not a timing assumption
      log = read();
    }
    return log;
  }
}
