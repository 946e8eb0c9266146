<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>ChartServe demo</title>
  <style>
    body { font-family: "DejaVu Sans", sans-serif; margin: 2em; color: #222; }
    figure { margin: 1em 0; }
    figcaption { color: #555; font-size: 90%; }
  </style>
</head>
<body>
  <h1>ChartServe demo</h1>
  <p>Each image below is drawn on request by the server, in a figure of its own.</p>
  <figure>
    <img src="charts/seed-hist.png" width="640" height="480"
         alt="Histogram of 10,000 scores in 50 bins, with one bar in red for Team X">
    <figcaption><code>charts/seed-hist.png</code>: seed 000, drawn with JFreeChart.</figcaption>
  </figure>
</body>
</html>
