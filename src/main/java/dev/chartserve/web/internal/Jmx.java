package dev.chartserve.web.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;

import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.chartserve.guard.internal.ImageCache;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Registers the application's {@link ChartServeMXBean} when it starts and unregisters it when it
 * stops: a registered MBean is a reference from the JVM to the web application's class loader, so
 * leaving it would leak the whole application on every redeploy.
 */
public final class Jmx implements ServletContextListener {
  private static final Logger LOG = System.getLogger(Jmx.class.getName());
  /** Versions of one application deployed at once, at most: more means names are not freed. */
  private static final int MAX_INSTANCES = 16;

  private final ObjectName name;

  private Jmx(ObjectName name) {
    this.name = name;
  }

  /**
   * Registers the MBean; returns the listener that unregisters it, to add to the servlet context.
   * While another application of the same context path still holds the name (Tomcat's parallel
   * deployment runs {@code app##2} beside {@code app##1} until the old one is undeployed), this one
   * registers with {@code instance=2} (or the next number free) added to the name.
   */
  public static Jmx register(String contextPath, AppState state) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    String base = "dev.chartserve:type=ChartServe,context=" + ObjectName.quote(contextPath.isEmpty() ? "/" : contextPath);
    try {
      for (int instance = 1; ; instance++) {
        ObjectName name = new ObjectName(instance == 1 ? base : base + ",instance=" + instance);
        try {
          server.registerMBean(new Bean(state), name);
          return new Jmx(name);
        } catch (InstanceAlreadyExistsException e) {
          if (instance == MAX_INSTANCES) {
            throw e;
          }
        }
      }
    } catch (JMException | RuntimeException e) {
      LOG.log(Level.WARNING, "ChartServe's JMX MBean is not registered: " + e);
      return new Jmx(null);
    }
  }

  public ObjectName name() {
    return name;
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (name == null) {
      return;
    }
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "could not unregister " + name + ": " + e);
    }
  }

  private record Bean(AppState state) implements ChartServeMXBean {
    @Override
    public String getMode() {
      return state.settings().mode().key();
    }

    @Override
    public long getRendered() {
      return state.metrics().renderedCount();
    }

    @Override
    public long getFailed() {
      return state.metrics().failedCount();
    }

    @Override
    public long getTimedOut() {
      return state.metrics().timedOutCount();
    }

    @Override
    public long getRejected() {
      return state.metrics().rejectedCount();
    }

    @Override
    public int getRunning() {
      return state.gate().running();
    }

    @Override
    public int getWaiting() {
      return state.gate().waiting();
    }

    @Override
    public double getRenderMillisP50() {
      return state.metrics().renderMillis(50);
    }

    @Override
    public double getRenderMillisP95() {
      return state.metrics().renderMillis(95);
    }

    @Override
    public double getRenderMillisP99() {
      return state.metrics().renderMillis(99);
    }

    @Override
    public double getQueueWaitMillisP50() {
      return state.metrics().queueWaitMillis(50);
    }

    @Override
    public double getQueueWaitMillisP99() {
      return state.metrics().queueWaitMillis(99);
    }

    @Override
    public double getPredictedWaitMillis() {
      return state.gate().snapshot().predictedWait().toNanos() / 1e6;
    }

    @Override
    public long getCoalesced() {
      return state.identicalRenders().coalescedCount();
    }

    @Override
    public long getCacheMaxBytes() {
      return cache().maxBytes();
    }

    @Override
    public long getCacheBytes() {
      return cache().bytes();
    }

    @Override
    public long getCacheHits() {
      return cache().hits();
    }

    @Override
    public long getCacheMisses() {
      return cache().misses();
    }

    @Override
    public long getCacheEvictions() {
      return cache().evictions();
    }

    private ImageCache.Snapshot cache() {
      return state.cache().map(ImageCache::snapshot).orElse(new ImageCache.Snapshot(0, 0, 0, 0, 0, 0));
    }
  }
}
