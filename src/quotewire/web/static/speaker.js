// Draws the speaker page's "quotes over time" bar chart from the JSON the page embeds.
(function () {
  "use strict";
  var source = document.getElementById("timeline-data");
  var canvas = document.getElementById("timeline-chart");
  if (!source || !canvas || typeof Chart === "undefined") {
    return;
  }
  var months = JSON.parse(source.textContent);
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: months.map(function (m) { return m.month; }),
      datasets: [{
        label: "quotes",
        data: months.map(function (m) { return m.quotes; }),
        backgroundColor: "#2f6f9f",
        borderRadius: 2,
        maxBarThickness: 28
      }]
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } },
        y: { beginAtZero: true, ticks: { precision: 0 } }
      }
    }
  });
})();
