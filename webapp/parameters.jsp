<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- The walk chart's declared parameters (dev.chartserve.demo.WalkChart), fed from this page's own
     query string. The values go to the chart as they are: the chart checks them, and a bad one is a
     400 naming the parameter, which static/problems.js shows under the image. --%>
<c:set var="days" value="${empty param.days ? '200' : param.days}"/>
<c:set var="color" value="${empty param.color ? 'C0' : param.color}"/>
<c:set var="title" value="${param.title == null ? 'Daily value' : param.title}"/>
<c:set var="markers" value="${param.markers == 'true'}"/>
<c:set var="smooth" value="${empty param.smooth ? '0' : param.smooth}"/>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Parameters · ChartServe demo</title>
<%@ include file="/WEB-INF/jspf/head.jspf" %>
  <script src="static/problems.js" defer></script>
</head>
<body>
<%@ include file="/WEB-INF/jspf/header.jspf" %>
  <h1>Chart parameters</h1>
  <p>The <code>walk</code> chart declares five parameters, one of each kind. Change them and draw it
    again: the page passes them on to the chart's URL, which checks them before anything is drawn.</p>

  <form class="chart-form" method="get" action="parameters.jsp">
    <label for="days">days</label>
    <input id="days" name="days" type="number" min="10" max="200" step="1" required value="${fn:escapeXml(days)}">
    <label for="color">color</label>
    <select id="color" name="color">
      <c:forEach var="choice" items="${['C0', 'C1', 'C2', 'C3', 'C4', 'black', 'gray']}">
        <option value="${choice}"${choice == color ? ' selected' : ''}>${choice}</option>
      </c:forEach>
    </select>
    <label for="title">title</label>
    <input id="title" name="title" type="text" maxlength="60" value="${fn:escapeXml(title)}">
    <label for="markers">markers</label>
    <input id="markers" name="markers" type="checkbox" value="true"${markers ? ' checked' : ''}>
    <label for="smooth">smoothing</label>
    <input id="smooth" name="smooth" type="number" min="0" max="0.95" step="0.05" required value="${fn:escapeXml(smooth)}">
    <div class="actions"><button type="submit">Draw</button> <a href="parameters.jsp">Reset</a></div>
  </form>

  <figure id="walk" data-chart-problems>
    <c:url var="walkUrl" value="charts/walk.png">
      <c:param name="days" value="${days}"/>
      <c:param name="color" value="${color}"/>
      <c:param name="title" value="${title}"/>
      <c:param name="markers" value="${markers}"/>
      <c:param name="smooth" value="${smooth}"/>
    </c:url>
    <img src="${fn:escapeXml(walkUrl)}" alt="Random walk: ${fn:escapeXml(title)}">
    <figcaption>Its URL: <code><c:out value="${walkUrl}"/></code></figcaption>
  </figure>
</body>
</html>
