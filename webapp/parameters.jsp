<%@ page session="false" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="cs" uri="https://chartserve.dev/tags" %>
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
    <cs:img chart="walk" alt="Random walk: ${title}">
      <cs:param name="days" value="${days}"/>
      <cs:param name="color" value="${color}"/>
      <cs:param name="title" value="${title}"/>
      <cs:param name="markers" value="${markers}"/>
      <cs:param name="smooth" value="${smooth}"/>
    </cs:img>
    <figcaption>Its URL (<code>&lt;cs:url&gt;</code>, the same parameters):
      <code><cs:url chart="walk"><cs:param name="days" value="${days}"/><cs:param name="color" value="${color}"/><cs:param name="title" value="${title}"/><cs:param name="markers" value="${markers}"/><cs:param name="smooth" value="${smooth}"/></cs:url></code></figcaption>
  </figure>
</body>
</html>
