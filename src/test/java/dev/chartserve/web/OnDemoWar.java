package dev.chartserve.web;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Integration tests against the demo WAR exactly as built, at /chartserve, over real HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class OnDemoWar {
  @Deployment(testable = false)
  static WebArchive war() {
    return Wars.demo();
  }

  /** The application's root URL, ending in a slash. */
  @ArquillianResource
  URL base;

  /** The demo's web.xml asks for warm-up requests of the four seed charts: let them end first. */
  @BeforeEach
  void warmUpHasEnded() throws Exception {
    Http.awaitWarmUp(base);
  }
}
