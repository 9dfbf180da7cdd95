// Charts, one way for the whole page: Chart.js, a time axis that reads in days, months or years as
// the zoom changes (date-fns adapter), and zooming by wheel, pinch or a dragged span
// (chartjs-plugin-zoom; shift-drag pans, double-click resets).
const { Chart } = window;

const charts = new WeakMap(); // canvas -> its chart, so a redraw replaces the old one

export const TIME_FORMATS = {
  day: "d MMM yyyy", week: "d MMM yyyy", month: "MMM yyyy", quarter: "QQQ yyyy", year: "yyyy",
};

/** A time axis whose ticks read as days, months or years, whichever the visible span needs. */
export function timeAxis({ minUnit = "day", tooltipFormat = "d MMM yyyy", ...extra } = {}) {
  return {
    type: "time", offset: true, grid: { display: false },
    time: { displayFormats: TIME_FORMATS, tooltipFormat, minUnit },
    ticks: { autoSkip: true, maxRotation: 0, major: { enabled: true }, font: (context) => (context.tick && context.tick.major ? { weight: "bold" } : {}) },
    ...extra,
  };
}

const ZOOM = {
  zoom: { wheel: { enabled: true }, pinch: { enabled: true }, drag: { enabled: true, backgroundColor: "rgba(31,95,153,0.15)" }, mode: "x" },
  pan: { enabled: true, mode: "x", modifierKey: "shift" },
  limits: { x: { min: "original", max: "original", minRange: 7 * 24 * 3600 * 1000 } },
};

/** Draw (or redraw) a chart on a canvas; time charts zoom along x. Returns the Chart. */
export function drawChart(canvas, config, { zoomable = false } = {}) {
  charts.get(canvas)?.destroy();
  const chart = new Chart(canvas, {
    ...config,
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      ...config.options,
      plugins: { ...(config.options?.plugins || {}), ...(zoomable ? { zoom: ZOOM } : {}) },
    },
  });
  if (zoomable && !canvas.kgReset) {
    canvas.kgReset = true;
    canvas.addEventListener("dblclick", () => charts.get(canvas)?.resetZoom());
  }
  charts.set(canvas, chart);
  return chart;
}

export const chartOf = (canvas) => charts.get(canvas);

/** A date-like value as a time: "2025", "2025-05", "2025-05-16", "2025-05-16T10:00:00Z" -> ms, else NaN. */
export function asTime(value) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T.*)?$/.exec(value);
  if (!match) return NaN;
  // a calendar date is taken in local time, the zone the axis labels are written in
  return match[4] ? Date.parse(value) : new Date(Number(match[1]), Number(match[2] || 1) - 1, Number(match[3] || 1)).getTime();
}
