<%@ page session="false" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="cs" uri="https://chartserve.dev/tags" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Gallery · ChartServe demo</title>
<%@ include file="/WEB-INF/jspf/head.jspf" %>
</head>
<body>
<%@ include file="/WEB-INF/jspf/header.jspf" %>
  <h1>The seed charts, PNG and SVG</h1>
  <p>The four charts of the seed reports, each drawn twice per view: as PNG on the left, as SVG on the
    right, each with one <code>&lt;cs:img&gt;</code> tag in a <code>&lt;c:forEach&gt;</code>. At the end, two
    charts inline as SVG markup (<code>&lt;cs:svg&gt;</code>), their ids kept apart.</p>

  <c:forEach var="seed" items="${[
      {'name': 'seed-hist', 'caption': 'Histogram of 10,000 scores in 50 bins, with one bar in red for Team X'},
      {'name': 'seed-line', 'caption': 'Line plot of a daily value over 200 days'},
      {'name': 'seed-heatmap', 'caption': 'Heat map of the difference of two normal densities, with contour lines'},
      {'name': 'seed-bar', 'caption': 'Bar chart of sales in twelve months'}]}">
    <h2><code><c:out value="${seed.name}"/></code></h2>
    <div class="pair">
      <figure>
        <cs:img chart="${seed.name}" alt="${seed.caption} (PNG)"/>
        <figcaption>PNG</figcaption>
      </figure>
      <figure>
        <cs:img chart="${seed.name}" format="svg" alt="${seed.caption} (SVG)"/>
        <figcaption>SVG</figcaption>
      </figure>
    </div>
  </c:forEach>

  <h2>Inline SVG</h2>
  <p>Both charts below are part of this page's own markup, not images: <code>&lt;cs:svg&gt;</code> prefixes
    every id inside each one, so their clip paths and gradients never collide.</p>
  <div class="pair" id="inline-svg">
    <figure>
      <cs:svg chart="seed-bar" width="560" height="420" id="inline-bar"/>
      <figcaption><code>seed-bar</code>, inline</figcaption>
    </figure>
    <figure>
      <cs:svg chart="seed-hist" width="560" height="420" id="inline-hist"/>
      <figcaption><code>seed-hist</code>, inline</figcaption>
    </figure>
  </div>
</body>
</html>
