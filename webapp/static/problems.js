// Under a chart image that did not load, shows why: the problem+json detail of its URL.
// Applies to the images inside elements marked data-chart-problems. Text only, never HTML.
(function () {
  'use strict';

  function explain(img) {
    if (img.dataset.explained) {
      return;
    }
    img.dataset.explained = 'true';
    var note = document.createElement('p');
    note.className = 'problem';
    note.setAttribute('role', 'alert');
    note.textContent = 'The chart could not be drawn.';
    img.insertAdjacentElement('afterend', note);
    fetch(img.currentSrc || img.src, { headers: { Accept: 'application/problem+json' } })
      .then(function (response) { return response.json(); })
      .then(function (problem) {
        note.textContent = (problem.title || 'Error') + ': ' + (problem.detail || problem.status);
      })
      .catch(function () { /* keep the generic message */ });
  }

  document.querySelectorAll('[data-chart-problems] img').forEach(function (img) {
    if (img.complete && img.naturalWidth === 0) {
      explain(img);
    } else {
      img.addEventListener('error', function () { explain(img); });
    }
  });
}());
