package dev.chartserve.web.internal;

import java.lang.management.ManagementFactory;
import java.util.OptionalInt;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * How many threads this server serves requests with, found through the JMX beans the servers publish
 * in the platform MBean server: Tomcat's {@code *:type=ThreadPool} ({@code maxThreads} of its
 * connectors' pools, or of the executor they share) and WildFly's XNIO workers,
 * {@code org.xnio:type=Xnio,provider=*,worker=*} ({@code MaxWorkerPoolSize}, the threads Undertow runs
 * requests on). The largest pool counts. The Servlet API has no portable way to ask; any other server,
 * or a failure, is {@link OptionalInt#empty()}.
 */
final class ServerThreads {
  private ServerThreads() {
  }

  static OptionalInt find() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      OptionalInt tomcat = largest(server, "*:type=ThreadPool,*", "maxThreads");
      return tomcat.isPresent() ? tomcat : largest(server, "org.xnio:type=Xnio,*", "MaxWorkerPoolSize");
    } catch (JMException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  private static OptionalInt largest(MBeanServer server, String pattern, String attribute) throws JMException {
    int largest = 0;
    for (ObjectName pool : server.queryNames(new ObjectName(pattern), null)) {
      if (ServerPort.attribute(server, pool, attribute) instanceof Integer threads) {
        largest = Math.max(largest, threads); // a pool that does not say is passed over
      }
    }
    return largest > 0 ? OptionalInt.of(largest) : OptionalInt.empty();
  }
}
