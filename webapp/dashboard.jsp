<%@ page session="false" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="cs" uri="https://chartserve.dev/tags" %>
<%-- A dashboard as real applications serve them: many charts on one page, each its own request
     (the browser asks for all of them at once), time series from the database in several zones and
     locales, stacked categories, twin y axes, and titles in other scripts. --%>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Dashboard · ChartServe demo</title>
<%@ include file="/WEB-INF/jspf/head.jspf" %>
</head>
<body>
<%@ include file="/WEB-INF/jspf/header.jspf" %>
  <h1>Dashboard</h1>
  <p>Thirteen charts, one request each. The metrics come from the demo's database (hourly since
    2026-03-01T00:00Z); each time axis is drawn in the zone and locale its URL names.</p>
  <div class="dashboard">
    <figure><cs:img chart="metrics" width="480" alt="Hourly metrics, 1 day, Los Angeles">
      <cs:param name="days" value="1"/><cs:param name="zone" value="America/Los_Angeles"/></cs:img>
      <figcaption>1 day, America/Los_Angeles</figcaption></figure>
    <figure><cs:img chart="metrics" width="480" alt="Hourly metrics, 30 days, UTC">
      <cs:param name="days" value="30"/></cs:img>
      <figcaption>30 days, UTC</figcaption></figure>
    <figure><cs:img chart="metrics" width="480" alt="Hourly metrics, 60 days, Berlin, in German">
      <cs:param name="days" value="60"/><cs:param name="zone" value="Europe/Berlin"/><cs:param name="locale" value="de-DE"/></cs:img>
      <figcaption>60 days, Europe/Berlin, de-DE</figcaption></figure>
    <figure><cs:img chart="metrics" width="480" alt="Hourly metrics, 7 days, Tokyo, in Japanese">
      <cs:param name="days" value="7"/><cs:param name="zone" value="Asia/Tokyo"/><cs:param name="locale" value="ja-JP"/></cs:img>
      <figcaption>7 days, Asia/Tokyo, ja-JP</figcaption></figure>
    <figure><cs:img chart="metrics" width="480" alt="Hourly metrics, ten years, UTC">
      <cs:param name="days" value="3650"/></cs:img>
      <figcaption>3,650 days, UTC</figcaption></figure>
    <figure><cs:img chart="regions" width="480" alt="Sales per quarter of 2026, stacked by region"/>
      <figcaption>Sales per quarter, stacked (<a href="sales.jsp">add one</a>)</figcaption></figure>
    <figure><cs:img chart="daily" width="480" alt="Daily mean and daily range of the metrics, twin y axes"/>
      <figcaption>Daily mean and range, twin y axes</figcaption></figure>
    <figure><cs:img chart="walk" width="480" alt="The random walk, titled in Chinese">
      <cs:param name="title" value="每日数值（最近一百二十天）"/><cs:param name="days" value="120"/></cs:img>
      <figcaption>Titled in Chinese</figcaption></figure>
    <figure><cs:img chart="walk" width="480" alt="The random walk, titled in Korean">
      <cs:param name="title" value="일일 값"/><cs:param name="color" value="C3"/></cs:img>
      <figcaption>Titled in Korean</figcaption></figure>
    <figure><cs:img chart="seed-hist" width="480" alt="Histogram of scores"/>
      <figcaption>Histogram</figcaption></figure>
    <figure><cs:img chart="seed-line" width="480" alt="Two lines with a legend"/>
      <figcaption>Lines</figcaption></figure>
    <figure><cs:img chart="seed-bar" width="480" alt="Sales per bar"/>
      <figcaption>Bars</figcaption></figure>
    <figure><cs:img chart="seed-heatmap" width="480" alt="Heat map"/>
      <figcaption>Heat map</figcaption></figure>
  </div>
</body>
</html>
