// The status page: fetches the health JSON every few seconds and shows it as tables.
// Everything from the server goes into the page as text (textContent), never as HTML.
(function () {
  'use strict';

  var section = document.getElementById('health');
  var polls = 0;

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function millis(value) {
    return value === undefined || value === null ? '–' : value + ' ms';
  }

  function rows(id, pairs) {
    var table = document.getElementById(id);
    var body = document.createElement('tbody');
    pairs.forEach(function (pair) {
      var tr = document.createElement('tr');
      var th = document.createElement('th');
      var td = document.createElement('td');
      th.scope = 'row';
      th.textContent = pair[0];
      td.textContent = pair[1] === undefined || pair[1] === null ? '–' : String(pair[1]);
      tr.appendChild(th);
      tr.appendChild(td);
      body.appendChild(tr);
    });
    table.replaceChildren(body);
  }

  function percentiles(p) {
    if (!p) {
      return '–';
    }
    return Object.keys(p).map(function (k) { return k + ' ' + millis(p[k]); }).join(', ');
  }

  function show(health) {
    var badge = document.getElementById('health-status');
    var status = String(health.status || 'unknown');
    badge.textContent = status;
    badge.className = 'status-badge ' + status.toLowerCase();
    var fonts = health.fonts || {};
    var warmUp = health.warmUp || {};
    rows('health-server', [
      ['mode', health.mode],
      ['headless', health.headless],
      ['font families', fonts.error ? fonts.error : fonts.families],
      ['warm-up', warmUp.error ? warmUp.error : millis(warmUp.millis)]
    ]);
    var gate = health.gate || {};
    rows('health-gate', [
      ['running', gate.running + ' of ' + gate.maxConcurrentRenders],
      ['waiting', gate.waiting + ' of ' + gate.maxQueuedRenders],
      ['queue timeout', millis(gate.queueTimeoutMillis)],
      ['stuck', gate.stuck]
    ]);
    var renders = health.renders || {};
    var renderRows = [
      ['rendered', renders.rendered],
      ['failed', renders.failed],
      ['timed out', renders.timedOut],
      ['rejected', renders.rejected],
      ['render time', percentiles(renders.renderMillis)],
      ['queue wait', percentiles(renders.queueWaitMillis)]
    ];
    if (health.globalLock) {
      renderRows.push(['lock wait', percentiles(health.globalLock.waitMillis)]);
      renderRows.push(['lock hold', percentiles(health.globalLock.holdMillis)]);
    }
    rows('health-renders', renderRows);
    text('health-charts', (health.charts || []).join(', ') || 'none');
  }

  function failed(message) {
    var badge = document.getElementById('health-status');
    badge.textContent = 'unreachable';
    badge.className = 'status-badge error';
    var error = document.getElementById('health-error');
    error.textContent = message;
    error.hidden = false;
  }

  function poll() {
    // Read each time, so the page follows a changed data-health-url or data-interval-ms.
    var url = section.dataset.healthUrl;
    var interval = Math.max(Number(section.dataset.intervalMs) || 3000, 250);
    fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (type.indexOf('json') < 0) {
          throw new Error(url + ' answered ' + response.status + ' with ' + (type || 'no content type'));
        }
        return response.json().then(function (body) {
          // A health report has a status word (UP, DOWN), and is worth showing even with a 503;
          // anything else that is not a 200 (a problem+json) is an error.
          if (!response.ok && typeof body.status !== 'string') {
            throw new Error(url + ' answered ' + response.status + ': ' + (body.detail || body.title || ''));
          }
          return body;
        });
      })
      .then(function (health) {
        show(health);
        document.getElementById('health-error').hidden = true;
      })
      .catch(function (error) {
        failed('Could not read the status: ' + error.message);
      })
      .then(function () {
        polls += 1;
        section.dataset.polls = String(polls);
        text('health-updated', new Date().toLocaleTimeString());
        window.setTimeout(poll, interval);
      });
  }

  poll();
}());
