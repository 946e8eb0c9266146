<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="cs" uri="https://chartserve.dev/tags" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%-- JspTagsIT: every tag, in a JSTL loop, with hostile values through EL. Keep the values in step
     with JspTagsIT.HOSTILE. --%>
<% request.setAttribute("hostile", java.util.List.of(
    "<script>alert(\"x\")</script>",
    "\"quoted\" & 'single' &amp; </a> >",
    "\u00fc\u20ac \u65e5\u672c \uD83D\uDE00")); %>
<!DOCTYPE html>
<html>
<head><meta charset="UTF-8"/><title>tags</title></head>
<body>
<c:forEach var="t" items="${hostile}" varStatus="s">
<div class="row" id="row-${s.index}">
<cs:img chart="walk" width="${200 + s.index}" height="150" alt="${t}" cssClass="c ${t}" style="border:0" loading="lazy" id="img-${s.index}"><cs:param name="title" value="${t}"/></cs:img>
<a class="url" href="<cs:url chart="walk" width="300" height="${100 + s.index}"><cs:param name="title" value="${t}"/></cs:url>">u</a>
<cs:url chart="walk" scale="2" var="raw"><cs:param name="title" value="${t}"/></cs:url>
<span class="raw" title="<c:out value="${raw}"/>">r</span>
<cs:map chart="tags-hostile" width="400" height="300" alt="${t}"><cs:param name="tip" value="${t}"/></cs:map>
<cs:svg chart="tags-hostile" width="300" height="200"><cs:param name="tip" value="${t}"/></cs:svg>
</div>
</c:forEach>
<cs:svg chart="seed-hist" width="200" height="100" id="named"/>
</body>
</html>
