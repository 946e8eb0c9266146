// Image maps with visible tooltips: for each <area> of a map inside [data-chart-map], shows the
// area's data-tooltip (or title) in the frame's .tooltip element on mouse-over and on keyboard focus.
// The text goes in as text (textContent), never as HTML.
(function () {
  'use strict';

  // The bounding box of an area's shape, in the image's CSS pixels.
  function box(area) {
    var c = area.coords.split(',').map(Number);
    var shape = (area.shape || 'rect').toLowerCase();
    if (shape === 'circle') {
      return { left: c[0] - c[2], top: c[1] - c[2], right: c[0] + c[2], bottom: c[1] + c[2] };
    }
    var xs = c.filter(function (v, i) { return i % 2 === 0; });
    var ys = c.filter(function (v, i) { return i % 2 === 1; });
    return { left: Math.min.apply(null, xs), top: Math.min.apply(null, ys),
             right: Math.max.apply(null, xs), bottom: Math.max.apply(null, ys) };
  }

  document.querySelectorAll('[data-chart-map]').forEach(function (frame) {
    var tip = frame.querySelector('.tooltip');
    var img = frame.querySelector('img[usemap]');
    if (!tip || !img) {
      return;
    }
    function hide() {
      tip.hidden = true;
    }
    frame.querySelectorAll('area').forEach(function (area) {
      var label = area.dataset.tooltip || area.title;
      if (!label) {
        return;
      }
      // This page shows its own tooltip: without the title the browser does not add a second one.
      area.dataset.tooltip = label;
      area.removeAttribute('title');
      if (!area.alt) {
        area.setAttribute('aria-label', label);
      }
      function show() {
        var b = box(area);
        tip.textContent = label;
        tip.hidden = false;
        // Centred above the shape, kept inside the image.
        var left = img.offsetLeft + (b.left + b.right) / 2 - tip.offsetWidth / 2;
        var top = img.offsetTop + b.top - tip.offsetHeight - 6;
        left = Math.max(img.offsetLeft, Math.min(left, img.offsetLeft + img.offsetWidth - tip.offsetWidth));
        tip.style.left = left + 'px';
        tip.style.top = Math.max(img.offsetTop, top) + 'px';
      }
      area.addEventListener('mouseenter', show);
      area.addEventListener('focus', show);
      area.addEventListener('mouseleave', hide);
      area.addEventListener('blur', hide);
    });
  });
}());
