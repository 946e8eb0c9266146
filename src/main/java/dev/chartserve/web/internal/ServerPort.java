package dev.chartserve.web.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Where this server accepts plain HTTP, found through the JMX beans the servers publish in the
 * platform MBean server: Tomcat's {@code *:type=Connector} (the first started, non-secure
 * {@code http} connector) and WildFly's {@code jboss.as:socket-binding-group=*,socket-binding=http}
 * (its bound port). A connector bound to every interface is reached on {@link #LOOPBACK}. The Servlet
 * API has no portable way to ask; any other server, or a failure, is {@link Optional#empty()}, and
 * {@code chartserve.warmUp.port} says it instead.
 */
final class ServerPort {
  static final String LOOPBACK = "127.0.0.1";

  private ServerPort() {
  }

  static Optional<InetSocketAddress> find() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      Optional<InetSocketAddress> tomcat = tomcat(server);
      return tomcat.isPresent() ? tomcat : wildfly(server);
    } catch (JMException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<InetSocketAddress> tomcat(MBeanServer server) throws JMException {
    // Sorted, so that the choice among several connectors is the same on every start.
    Set<ObjectName> connectors = new TreeSet<>(server.queryNames(new ObjectName("*:type=Connector,*"), null));
    for (ObjectName connector : connectors) {
      Object scheme = attribute(server, connector, "scheme");
      Object secure = attribute(server, connector, "secure");
      Object port = attribute(server, connector, "localPort");
      if ("http".equals(scheme) && !Boolean.TRUE.equals(secure) && port instanceof Integer number && number > 0) {
        String address = connector.getKeyProperty("address");
        if (address != null && address.startsWith("\"")) {
          address = ObjectName.unquote(address);
        }
        return Optional.of(address(address, number));
      }
    }
    return Optional.empty();
  }

  private static Optional<InetSocketAddress> wildfly(MBeanServer server) throws JMException {
    Set<ObjectName> bindings = new TreeSet<>(
        server.queryNames(new ObjectName("jboss.as:socket-binding-group=*,socket-binding=http"), null));
    for (ObjectName binding : bindings) {
      Object port = attribute(server, binding, "boundPort");
      if (port instanceof Integer number && number > 0) {
        Object address = attribute(server, binding, "boundAddress");
        return Optional.of(address(address == null ? null : address.toString(), number));
      }
    }
    return Optional.empty();
  }

  /** The attribute's value, or null if the bean does not say. */
  static Object attribute(MBeanServer server, ObjectName name, String attribute) {
    try {
      return server.getAttribute(name, attribute);
    } catch (JMException | RuntimeException e) {
      return null;
    }
  }

  /** {@code address} itself, or loopback when it is absent or a wildcard. */
  static InetSocketAddress address(String address, int port) {
    String host = address == null ? "" : address.strip();
    if (host.startsWith("/")) {
      host = host.substring(1); // InetAddress.toString() of an address without a host name
    }
    try {
      if (host.isEmpty() || InetAddress.getByName(host).isAnyLocalAddress()) {
        host = LOOPBACK;
      }
    } catch (UnknownHostException e) {
      host = LOOPBACK;
    }
    return new InetSocketAddress(host, port);
  }
}
