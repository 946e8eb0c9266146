<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
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
    right.</p>

  <c:forEach var="seed" items="${[
      {'name': 'seed-hist', 'caption': 'Histogram of 10,000 scores in 50 bins, with one bar in red for Team X'},
      {'name': 'seed-line', 'caption': 'Line plot of a daily value over 200 days'},
      {'name': 'seed-heatmap', 'caption': 'Heat map of the difference of two normal densities, with contour lines'},
      {'name': 'seed-bar', 'caption': 'Bar chart of sales in twelve months'}]}">
    <h2><code><c:out value="${seed.name}"/></code></h2>
    <div class="pair">
      <figure>
        <img src="charts/${seed.name}.png" alt="<c:out value="${seed.caption}"/> (PNG)">
        <figcaption>PNG</figcaption>
      </figure>
      <figure>
        <img src="charts/${seed.name}.svg" alt="<c:out value="${seed.caption}"/> (SVG)">
        <figcaption>SVG</figcaption>
      </figure>
    </div>
  </c:forEach>
</body>
</html>
