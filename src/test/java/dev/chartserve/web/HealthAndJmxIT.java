package dev.chartserve.web;

import static dev.chartserve.web.Http.contentType;
import static dev.chartserve.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** /charts/_health over HTTP, and the JMX MBean over Tomcat's JMX port: there while deployed, gone after. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthAndJmxIT {
  private static final String NAME = "dev.chartserve:type=ChartServe,context=\"/health-check\"";

  @Deployment(name = "health-check", testable = false, managed = false)
  static WebArchive war() {
    return Wars.withContextParams("health-check.war", Map.of("chartserve.cache.maxBytes", "1000000"));
  }

  @ArquillianResource
  Deployer deployer;

  @Test
  void healthReportsTheRendererAndTheMBeanLivesExactlyAsLongAsTheApplication() throws Exception {
    assumeTrue("tomcat".equals(System.getProperty("server.kind")),
        "reads the MBean over the JMX/RMI port the Tomcat runs open here; WildFly's JMX goes through"
            + " its management remoting, which these tests do not bring (/charts/_health is checked there"
            + " by CachingIT)");
    deployer.deploy("health-check");
    try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(
        "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + System.getProperty("tomcat.jmx.port") + "/jmxrmi"))) {
      MBeanServerConnection server = jmx.getMBeanServerConnection();
      try {
        URL base = new URL("http://127.0.0.1:" + System.getProperty("tomcat.port") + "/health-check/");
        byte[] drawn = get(base, "charts/seed-hist.png").body();
        HttpResponse<byte[]> cached = get(base, "charts/seed-hist.png");
        assertEquals(200, cached.statusCode());
        assertArrayEquals(drawn, cached.body(), "the cache serves the same bytes");

        HttpResponse<byte[]> response = get(base, "charts/_health");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", contentType(response));
        JsonObject health = Json.createReader(new ByteArrayInputStream(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getBoolean("headless"));
        assertTrue(health.getJsonObject("fonts").getInt("families") > 0);
        assertTrue(health.getJsonObject("fonts").isNull("error"));
        assertEquals("concurrent", health.getString("mode"));
        assertEquals(0, health.getJsonObject("gate").getInt("running"));
        // The IT Tomcat runs its connector with maxThreads=150 (arquillian.xml): the cap follows it.
        assertEquals(150, health.getJsonObject("gate").getInt("maxQueuedRenders"));
        assertEquals(Json.createObjectBuilder().add("maxBytes", 1_000_000).add("bytes", drawn.length)
            .add("entries", 1).add("hits", 1).add("misses", 1).add("evictions", 0).build(),
            health.getJsonObject("cache"));
        assertEquals(1, health.getJsonObject("renders").getInt("rendered"));
        assertTrue(health.getJsonObject("renders").getJsonObject("renderMillis").getJsonNumber("p99").doubleValue() > 0);
        assertTrue(health.getJsonArray("charts").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(name -> name.getString().equals("seed-hist")));

        ObjectName name = new ObjectName(NAME);
        assertTrue(server.isRegistered(name), NAME + " is registered");
        assertEquals(1L, server.getAttribute(name, "Rendered"), "the second request came from the cache");
        assertEquals(1L, server.getAttribute(name, "CacheHits"));
        assertEquals(1L, server.getAttribute(name, "CacheMisses"));
        assertEquals(0L, server.getAttribute(name, "CacheEvictions"));
        assertEquals((long) drawn.length, server.getAttribute(name, "CacheBytes"));
        assertEquals(1_000_000L, server.getAttribute(name, "CacheMaxBytes"));
        assertEquals("concurrent", server.getAttribute(name, "Mode"));
      } finally {
        deployer.undeploy("health-check");
      }
      assertFalse(server.isRegistered(new ObjectName(NAME)), "undeploy unregisters the MBean");
    }
  }
}
