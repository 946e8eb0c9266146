package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServerPortTest {
  @Test
  void aWildcardAddressIsReachedOnLoopback() {
    assertEquals("127.0.0.1", ServerPort.address("0.0.0.0", 8080).getHostString());
    assertEquals("127.0.0.1", ServerPort.address("/0:0:0:0:0:0:0:0", 8080).getHostString());
    assertEquals("127.0.0.1", ServerPort.address(null, 8080).getHostString());
    assertEquals("127.0.0.2", ServerPort.address("127.0.0.2", 8080).getHostString());
  }
}
