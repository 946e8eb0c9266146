<%@ page session="false" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Status · ChartServe demo</title>
<%@ include file="/WEB-INF/jspf/head.jspf" %>
  <script src="static/status.js" defer></script>
</head>
<body>
<%@ include file="/WEB-INF/jspf/header.jspf" %>
  <h1>Server status</h1>
  <p>What <a href="charts/_health"><code>charts/_health</code></a> says, fetched again every few seconds.</p>

  <section id="health" data-health-url="charts/_health" data-interval-ms="3000" aria-live="polite">
    <p>Status: <span id="health-status" class="status-badge">loading…</span>
      <span class="hint">updated <span id="health-updated">never</span></span></p>
    <p id="health-error" class="problem" hidden></p>
    <div class="columns">
      <div>
        <h2>Server</h2>
        <table class="kv" id="health-server"></table>
      </div>
      <div>
        <h2>Render gate</h2>
        <table class="kv" id="health-gate"></table>
      </div>
      <div>
        <h2>Renders</h2>
        <table class="kv" id="health-renders"></table>
      </div>
    </div>
    <h2>Charts</h2>
    <p id="health-charts" class="hint">…</p>
  </section>
  <noscript><p class="notice">This page needs JavaScript; the raw JSON is at
    <a href="charts/_health">charts/_health</a>.</p></noscript>
</body>
</html>
