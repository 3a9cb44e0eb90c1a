// Draws the totals table of /support/totals as a bar chart of amounts (Chart.js from WebJars). No inline script:
// the data comes from the table's data-* attributes, so the page works and prints without JavaScript too.
(function () {
  'use strict';
  var canvas = document.getElementById('support-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var rows = document.querySelectorAll('[data-testid="totals"] tbody tr[data-amount]');
  var labels = [];
  var amounts = [];
  rows.forEach(function (row) {
    labels.push(row.getAttribute('data-label'));
    amounts.push(Number(row.getAttribute('data-amount')));
  });
  if (labels.length === 0) {
    canvas.hidden = true;
    return;
  }
  var money = new Intl.NumberFormat('vi-VN');
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [{ label: canvas.getAttribute('data-title'), data: amounts, backgroundColor: '#198754' }]
    },
    options: {
      indexAxis: labels.length > 8 ? 'y' : 'x',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: function (c) { return money.format(c.raw) + ' đ'; } } }
      },
      scales: {
        x: { ticks: { callback: function (v, i) { return labels.length > 8 ? money.format(v) : this.getLabelForValue(v); } } },
        y: { ticks: { callback: function (v) { return labels.length > 8 ? this.getLabelForValue(v) : money.format(v); } } }
      }
    }
  });
}());
