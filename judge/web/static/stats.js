// Stats as charts: problems solved over time, time to Accepted by difficulty, the review queue.
import { get } from "./api.js";
import { h, clear } from "./dom.js";
import { isDark } from "./theme.js";

const days = (n) => `${n} day${n === 1 ? "" : "s"}`;

export async function showStats(view) {
  const data = await get("/api/stats");
  const s = data.summary;
  const canvas = () => h("canvas");
  const solved = canvas(), times = canvas(), review = canvas();
  const figure = (title, chart, note) => h("div", { class: "card chart" }, h("h2", {}, title), h("div", { class: "chart-box" }, chart),
    note ? h("p", { class: "muted" }, note) : null);
  clear(view, h("section", { class: "stats-page" },
    h("div", { class: "numbers" },
      [["Solved", `${s.solved} / ${s.bank}`], ["Rounds", s.rounds],
       ["Median to AC", s.median_solve_s != null ? `${(s.median_solve_s / 60).toFixed(1)} min` : "–"],
       ["First try", s.submitted_rounds ? `${s.first_try} / ${s.submitted_rounds}` : "–"],
       ["Streak", `${days(s.streak_days)} (best ${days(s.best_streak_days)})`]].map(([label, value]) =>
        h("div", { class: "number" }, h("div", { class: "muted" }, label), h("b", {}, String(value))))),
    h("div", { class: "charts" },
      figure("Problems solved over time", solved, data.solved_over_time.length ? null : "No problem solved yet."),
      figure("Minutes to Accepted by difficulty", times, "Bars: the median; dots: each solve."),
      figure("Review queue", review, data.review.length ? "Days until each problem is due again; below zero: overdue."
        : "The queue is empty: problems enter it after a round that went badly."))));

  const ink = isDark() ? "#c9d1d9" : "#24292f";
  const grid = isDark() ? "#30363d" : "#d0d7de";
  window.Chart.defaults.color = ink;
  window.Chart.defaults.borderColor = grid;
  const charts = [
    new window.Chart(solved, { type: "line", data: { labels: data.solved_over_time.map((p) => p.day),
      datasets: [{ label: "solved", data: data.solved_over_time.map((p) => p.solved), borderColor: "#2da44e",
        backgroundColor: "rgba(45,164,78,.2)", fill: true, stepped: true }] },
      options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } }),
    new window.Chart(times, { data: { labels: data.time_to_ac.map((d) => d.difficulty), datasets: [
      { type: "bar", label: "median", data: data.time_to_ac.map((d) => d.median_min),
        backgroundColor: ["#2da44e99", "#bf870099", "#cf222e99"] },
      { type: "scatter", label: "solves", data: data.time_to_ac.flatMap((d) => d.solves_min.map((m) => ({ x: d.difficulty, y: m }))),
        backgroundColor: ink }] },
      options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, title: { display: true, text: "minutes" } } } } }),
    new window.Chart(review, { type: "bar", data: { labels: data.review.map((r) => r.problem_id),
      datasets: [{ label: "due in days", data: data.review.map((r) => r.due_in_days),
        backgroundColor: data.review.map((r) => (r.due ? "#cf222e" : "#0969da")) }] },
      options: { indexAxis: "y", maintainAspectRatio: false, plugins: { legend: { display: false } } } }),
  ];
  const redraw = () => location.reload();
  window.addEventListener("themechange", redraw);
  return () => { charts.forEach((c) => c.destroy()); window.removeEventListener("themechange", redraw); };
}
