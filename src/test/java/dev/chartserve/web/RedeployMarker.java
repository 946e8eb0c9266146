package dev.chartserve.web;

import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Put only into the WARs that {@link RedeployIT} deploys, and loaded by Tomcat when it starts one
 * (a {@code @WebListener} is instantiated at start-up): a class loader that holds this class is one
 * of RedeployIT's, whatever other ChartServe applications the same server runs.
 */
@WebListener
public class RedeployMarker implements ServletContextListener {
}
