<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Image map · ChartServe demo</title>
<%@ include file="/WEB-INF/jspf/head.jspf" %>
  <script src="static/map.js" defer></script>
</head>
<body>
<%@ include file="/WEB-INF/jspf/header.jspf" %>
  <h1>An image map with tooltips</h1>
  <p>Every bar of <code>seed-bar</code> has a tooltip and a link. Point at a bar (or tab to it) to see
    its value; click it to follow its link.</p>
  <c:if test="${not empty param.bar}">
    <p class="notice" id="selected-bar">You followed the link of bar <strong><c:out value="${param.bar}"/></strong>.</p>
  </c:if>

  <div class="map-frame" data-chart-map>
    <%-- INTERIM, until the cs:map tag (branch tags) lands: the first two bars' areas by hand, in the
         tag's form (tooltip in title and data-tooltip, link relative to the context root).
         <cs:map chart="seed-bar" id="seed-bar-map" .../> replaces the img and the map. --%>
    <img src="charts/seed-bar.png" width="800" height="600" usemap="#seed-bar-map" alt="Bar chart of sales in twelve months">
    <map name="seed-bar-map">
      <area shape="rect" coords="201,554,239,695" href="map.jsp?bar=0" title="Bar 0: 10 sales" data-tooltip="Bar 0: 10 sales" alt="Bar 0: 10 sales">
      <area shape="rect" coords="249,413,287,695" href="map.jsp?bar=1" title="Bar 1: 20 sales" data-tooltip="Bar 1: 20 sales" alt="Bar 1: 20 sales">
    </map>
    <div class="tooltip" id="chart-tooltip" role="tooltip" hidden></div>
  </div>
</body>
</html>
