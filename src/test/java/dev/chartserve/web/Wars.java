package dev.chartserve.web;

import java.io.File;
import java.util.Map;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built, as the tests deploy it. */
final class Wars {
  private Wars() {
  }

  /**
   * Whether the server under test is a javax one (Tomcat 9, WildFly 26): the javax edition's WARs, and
   * these tests transformed as its classes are (pom.xml, the it-tomcat9 and it-wildfly26 runs).
   */
  static boolean javax() {
    return "javax".equals(System.getProperty("server.namespace"));
  }

  /** The demo WAR exactly as built: context path {@code /chartserve}. */
  static WebArchive demo() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("chartserve.war")));
  }

  /** A copy named {@code name} (its context path), whose web.xml sets ChartServe context-params. */
  static WebArchive withContextParams(String name, Map<String, String> contextParams) {
    WebArchive war = ShrinkWrap.create(WebArchive.class, name).merge(demo());
    StringBuilder params = new StringBuilder();
    contextParams.forEach((key, value) -> params.append("  <context-param><param-name>").append(key)
        .append("</param-name><param-value>").append(value).append("</param-value></context-param>\n"));
    war.delete("WEB-INF/web.xml");
    war.setWebXML(new StringAsset("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + (javax() ? "<web-app xmlns=\"http://xmlns.jcp.org/xml/ns/javaee\" version=\"4.0\">\n"
            : "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n") + params
        + "  <welcome-file-list><welcome-file>index.jsp</welcome-file></welcome-file-list>\n</web-app>\n"));
    return war;
  }
}
