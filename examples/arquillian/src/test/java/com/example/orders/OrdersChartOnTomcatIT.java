package com.example.orders;

import dev.chartserve.testing.ChartServeArchive;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The orders chart on Apache Tomcat 10.1 ({@code mvn verify}, profile {@code tomcat}). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersChartOnTomcatIT extends OrdersChartTests {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return app(ChartServeArchive.forTomcat());
  }
}
