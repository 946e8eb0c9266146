<%@ page session="false" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="cs" uri="https://chartserve.dev/tags" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>pyplot style · ChartServe demo</title>
<%@ include file="/WEB-INF/jspf/head.jspf" %>
</head>
<body>
<%@ include file="/WEB-INF/jspf/header.jspf" %>
  <h1>The histogram in pyplot style</h1>
  <p><code>legacy-hist</code> is seed 000 written as its matplotlib authors wrote it: a current figure,
    <code>plt.hist</code>, <code>plt.title</code>… With <code>Pyplot</code> that state belongs to the request,
    so this code is safe under many threads without a lock. It draws the same bytes as
    <code>seed-hist</code>, written with <code>Figure</code> and <code>Axes</code>.</p>

  <div class="pair">
    <figure>
      <cs:img chart="legacy-hist" width="640" height="480"
              alt="Histogram of 10,000 scores in 50 bins, with one bar in red for Team X (pyplot style)"/>
      <figcaption><code>legacy-hist</code>: <code>Pyplot</code></figcaption>
    </figure>
    <figure>
      <cs:img chart="seed-hist" width="640" height="480"
              alt="Histogram of 10,000 scores in 50 bins, with one bar in red for Team X (Figure and Axes)"/>
      <figcaption><code>seed-hist</code>: <code>Figure</code> and <code>Axes</code></figcaption>
    </figure>
  </div>

  <h2>The code</h2>
  <pre><code>@Chart("legacy-hist")
public class LegacyHist implements ChartProducer {
  @Override
  public void draw(Figure figure, ChartRequest request) {
    Pyplot.figure(figure);                       // plt.figure(fig)
    Histogram hist = Pyplot.hist(SeedData.scores(), 50);
    for (Patch p : hist.patches()) {
      p.setFaceColor("blue").setEdgeColor("blue");
    }
    Patch team = hist.patches().get(20);
    team.setFaceColor("red");
    team.setEdgeColor("red");
    Pyplot.title("Score distribution");
    Pyplot.xlabel("Score");
    Pyplot.ylabel("Frequency");
    Pyplot.figlegend(List.of(team), List.of("Team X (108)"), "lower left");
  }
}</code></pre>
</body>
</html>
