<%@ page session="false" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="cs" uri="https://chartserve.dev/tags" %>
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
    <cs:map chart="seed-bar" id="seed-bar-map" alt="Bar chart of sales in twelve months, a link on each bar"/>
    <div class="tooltip" id="chart-tooltip" role="tooltip" hidden></div>
  </div>
</body>
</html>
