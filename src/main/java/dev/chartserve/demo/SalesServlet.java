package dev.chartserve.demo;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /sales} ({@code quarter}, {@code region}, {@code amount}): the form of {@code sales.jsp}
 * adds a sale to the demo database and goes back to the page, whose {@code regions} chart then shows
 * it. A bad field is a 400 problem naming it.
 */
@WebServlet("/sales")
public class SalesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    request.setCharacterEncoding("UTF-8");
    String quarter = request.getParameter("quarter");
    String region = request.getParameter("region");
    String amountText = request.getParameter("amount");
    if (quarter == null || !DemoDatabase.QUARTERS.contains(quarter)) {
      badField(response, "quarter", "quarter must be one of " + String.join(", ", DemoDatabase.QUARTERS)
          + ", was " + quoted(quarter));
      return;
    }
    if (region == null || !DemoDatabase.REGIONS.contains(region)) {
      badField(response, "region", "region must be one of " + String.join(", ", DemoDatabase.REGIONS)
          + ", was " + quoted(region));
      return;
    }
    double amount = parse(amountText);
    if (!(amount > 0 && amount <= DemoDatabase.MAX_AMOUNT)) {
      badField(response, "amount", "amount must be a number above 0 and at most "
          + (long) DemoDatabase.MAX_AMOUNT + ", was " + quoted(amountText));
      return;
    }
    try {
      CDI.current().select(DemoDatabase.class).get().addSale(quarter, region, amount);
    } catch (SQLException e) {
      throw new ServletException("could not add the sale", e);
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/sales.jsp");
  }

  private static double parse(String text) {
    if (text == null || !text.matches("[0-9]{1,7}(\\.[0-9]{1,2})?")) {
      return Double.NaN;
    }
    return Double.parseDouble(text);
  }

  private static String quoted(String value) {
    return value == null ? "nothing" : "\"" + value + "\"";
  }

  private static void badField(HttpServletResponse response, String field, String detail) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(Json.createObjectBuilder()
        .add("type", "urn:chartserve:problem:invalid-parameter")
        .add("title", "Invalid parameter")
        .add("status", 400)
        .add("detail", detail)
        .add("parameter", field)
        .build().toString());
  }
}
