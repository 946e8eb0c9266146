<%@ page session="false" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="cs" uri="https://chartserve.dev/tags" %>
<%-- Every chart URL comes from <cs:url>: with chartserve.signing.key set it carries its signature. --%>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>ChartServe demo</title>
<%@ include file="/WEB-INF/jspf/head.jspf" %>
</head>
<body>
<%@ include file="/WEB-INF/jspf/header.jspf" %>
  <h1>ChartServe demo</h1>
  <p>Each image below is drawn on request by the server, in a figure of its own, from the data of the
    seed reports. Every chart is also served as <code>.jpg</code>, <code>.svg</code> and <code>.pdf</code>,
    and takes <code>width</code>, <code>height</code> and <code>scale</code>. Server status:
    <a href="charts/_health">charts/_health</a>.</p>

  <h2>Demo pages</h2>
  <dl class="pages">
    <dt><a href="gallery.jsp">Gallery</a></dt>
    <dd>The four seed charts, PNG and SVG side by side, one of them inline.</dd>
    <dt><a href="parameters.jsp">Parameters</a></dt>
    <dd>A form that changes a chart's declared parameters and draws it again.</dd>
    <dt><a href="legacy.jsp">pyplot style</a></dt>
    <dd>The histogram written as matplotlib users write it, with <code>Pyplot</code>.</dd>
    <dt><a href="map.jsp">Image map</a></dt>
    <dd>The bar chart with a tooltip and a link on every bar.</dd>
    <dt><a href="dashboard.jsp">Dashboard</a></dt>
    <dd>Thirteen charts on one page: time series from the database in four zones, stacked sales, twin
      y axes, titles in Chinese and Korean.</dd>
    <dt><a href="sales.jsp">Sales</a></dt>
    <dd>Stacked sales per quarter from the demo's database, and a form that adds a sale.</dd>
    <dt><a href="status.jsp">Status</a></dt>
    <dd>The server's health, live: <code>charts/_health</code> every few seconds.</dd>
  </dl>

  <h2>The seed charts</h2>

  <figure>
    <img src="<cs:url chart="seed-hist"/>" width="640" height="480"
         alt="Histogram of 10,000 scores in 50 bins, with one bar in red for Team X">
    <figcaption><code>seed-hist</code> (seed 000):
      <a href="<cs:url chart="seed-hist" format="svg"/>">svg</a> · <a href="<cs:url chart="seed-hist" format="pdf"/>">pdf</a> ·
      <a href="<cs:url chart="seed-hist" scale="2"/>">2×</a></figcaption>
  </figure>
  <figure>
    <img src="<cs:url chart="seed-line"/>" width="1041" height="465" alt="Line plot of a daily value over 200 days">
    <figcaption><code>seed-line</code> (seed 001), 200 dpi, tight bounding box:
      <a href="<cs:url chart="seed-line" format="svg"/>">svg</a> · <a href="<cs:url chart="seed-line" format="pdf"/>">pdf</a></figcaption>
  </figure>
  <figure>
    <img src="<cs:url chart="seed-heatmap"/>" width="1000" height="500"
         alt="Heat map of the difference of two normal densities, with contour lines">
    <figcaption><code>seed-heatmap</code> (seed 003), spline36, jet, 10 contour levels:
      <a href="<cs:url chart="seed-heatmap" format="svg"/>">svg</a> · <a href="<cs:url chart="seed-heatmap" format="pdf"/>">pdf</a></figcaption>
  </figure>
  <figure>
    <img src="<cs:url chart="seed-bar"/>" width="800" height="600" alt="Bar chart of sales in twelve months">
    <figcaption><code>seed-bar</code> (seed 004):
      <a href="<cs:url chart="seed-bar" format="svg"/>">svg</a> · <a href="<cs:url chart="seed-bar" format="pdf"/>">pdf</a></figcaption>
  </figure>

  <h2>A big series</h2>

  <figure>
    <img src="<cs:url chart="big-walk"/>" width="640" height="480"
         alt="A random walk of a million points, drawn as one line">
    <figcaption><code>big-walk</code>, a million points drawn at the cost of 640 columns:
      <a href="<cs:url chart="big-walk"><cs:param name="points" value="10000000"/></cs:url>">ten million</a> ·
      <a href="<cs:url chart="big-walk" format="svg"/>">svg</a> · <a href="<cs:url chart="big-walk" format="pdf"/>">pdf</a></figcaption>
  </figure>
</body>
</html>
