// Draws every <canvas class="report-chart" data-chart="{Chart.js configuration}"> on the page with Chart.js (from
// WebJars). The configuration is built on the server from the same figures as the table next to it; no inline script
// is needed, so the page keeps the Content-Security-Policy script-src 'self'.
(function () {
  'use strict';
  function draw() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.report-chart, canvas.plan-chart').forEach(function (canvas) {
      var config;
      try {
        config = JSON.parse(canvas.getAttribute('data-chart'));
      } catch (e) {
        return;
      }
      config.options = config.options || {};
      config.options.animation = false;
      config.options.responsive = true;
      canvas.setAttribute('data-drawn', 'true');
      new Chart(canvas, config);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
