package dev.chartserve.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * HTTP/1.1 GETs to this machine's own server (on loopback, or the address its connector is bound to),
 * each over a fresh connection ({@code Connection: close}), for the status code only: the rest of the
 * answer is read and dropped. Plain sockets, so no selector or keep-alive thread outlives a request.
 *
 * <p>A connection attempt gives up after {@value #CONNECT_TIMEOUT_MILLIS} ms and an answer after
 * {@value #RESPONSE_TIMEOUT_MILLIS} ms. While it waits for the answer, every
 * {@value #READ_TIMEOUT_MILLIS} ms it asks {@code stopping}, and ends with
 * {@link InterruptedException} once that says true. Immutable; thread-safe (each request has its own
 * socket).
 */
final class LocalHttpClient {
  static final int CONNECT_TIMEOUT_MILLIS = 2_000;
  static final int READ_TIMEOUT_MILLIS = 250;
  static final long RESPONSE_TIMEOUT_MILLIS = 30_000;

  private final InetSocketAddress server;
  private final BooleanSupplier stopping;

  /**
   * @param server   where the server accepts plain HTTP
   * @param stopping true once the caller wants a request that is waiting for its answer to end
   */
  LocalHttpClient(InetSocketAddress server, BooleanSupplier stopping) {
    this.server = server;
    this.stopping = stopping;
  }

  /** One GET of {@code target} (a path from the server's root, query included); the status code. */
  int get(String target) throws IOException, InterruptedException {
    try (Socket socket = new Socket()) {
      socket.connect(server, CONNECT_TIMEOUT_MILLIS);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: " + hostHeader(server)
          + "\r\nUser-Agent: ChartServe-warm-up\r\nAccept: */*\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return readStatusAndDrain(socket.getInputStream());
    }
  }

  private int readStatusAndDrain(InputStream in) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RESPONSE_TIMEOUT_MILLIS);
    StringBuilder statusLine = new StringBuilder();
    boolean statusRead = false;
    byte[] buffer = new byte[8192];
    while (true) {
      int read;
      try {
        read = in.read(buffer);
      } catch (SocketTimeoutException e) {
        if (stopping.getAsBoolean()) {
          throw new InterruptedException();
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("no complete answer within " + RESPONSE_TIMEOUT_MILLIS / 1000 + " s");
        }
        continue;
      }
      if (read < 0) {
        break;
      }
      for (int i = 0; i < read && !statusRead; i++) {
        if (buffer[i] == '\n') {
          statusRead = true;
        } else if (statusLine.length() < 200) {
          statusLine.append((char) buffer[i]);
        }
      }
    }
    String[] parts = statusLine.toString().strip().split(" ");
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP answer: \"" + statusLine.toString().strip() + "\"");
    }
    try {
      return Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new IOException("not an HTTP status line: \"" + statusLine.toString().strip() + "\"");
    }
  }

  private static String hostHeader(InetSocketAddress server) {
    String host = server.getHostString();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getPort();
  }
}
