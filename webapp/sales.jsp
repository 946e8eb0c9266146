<%@ page session="false" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="cs" uri="https://chartserve.dev/tags" %>
<%-- The regions chart reads the demo database (dev.chartserve.demo.DemoDatabase); the form adds a
     sale to it (dev.chartserve.demo.SalesServlet). The chart's ETag follows the sales table's
     version, so after a sale the browser gets the new picture, and before it a 304. --%>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Sales · ChartServe demo</title>
<%@ include file="/WEB-INF/jspf/head.jspf" %>
</head>
<body>
<%@ include file="/WEB-INF/jspf/header.jspf" %>
  <h1>Sales from the database</h1>
  <p>Quarterly sales per region, stacked, straight from the demo's database. Add a sale and the chart
    shows it.</p>
  <cs:img chart="regions" format="png" alt="Sales per quarter of 2026, stacked by region" id="regions"/>
  <form class="chart-form" method="post" action="sales">
    <label for="quarter">quarter</label>
    <select id="quarter" name="quarter">
      <option>Q1</option><option>Q2</option><option>Q3</option><option>Q4</option>
    </select>
    <label for="region">region</label>
    <select id="region" name="region">
      <option>North</option><option>South</option><option>East</option><option>West</option>
    </select>
    <label for="amount">amount</label>
    <input id="amount" name="amount" type="number" min="0.01" max="1000000" step="0.01" required value="50">
    <button type="submit">Add the sale</button>
  </form>
</body>
</html>
