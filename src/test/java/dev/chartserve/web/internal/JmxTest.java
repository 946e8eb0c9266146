package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

class JmxTest {
  private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();

  @Test
  void aSecondVersionOfTheSameContextPathRegistersAsInstance2AndEachUnregistersItsOwn() throws Exception {
    AppState state = AppState.of(Settings.read(Map.<String, String>of()::get, name -> null, 2, 0));

    Jmx old = Jmx.register("/parallel", state);
    Jmx next = Jmx.register("/parallel", state);

    ObjectName first = new ObjectName("dev.chartserve:type=ChartServe,context=\"/parallel\"");
    ObjectName second = new ObjectName("dev.chartserve:type=ChartServe,context=\"/parallel\",instance=2");
    assertEquals(first, old.name());
    assertEquals(second, next.name());
    old.contextDestroyed(null); // Tomcat undeploys the old version
    assertFalse(SERVER.isRegistered(first));
    assertTrue(SERVER.isRegistered(second), "the new version keeps its bean");
    next.contextDestroyed(null);
    assertFalse(SERVER.isRegistered(second));
  }
}
