// The submissions tab: past full submissions from the history, newest first, each with its code.
import { get, pid } from "./api.js";
import { h, clear } from "./dom.js";
import { title } from "./console.js";

export async function submissionsPane(element, problemId, onLoadCode) {
  const { submissions } = await get(`/api/problems/${pid(problemId)}/submissions`);
  if (!submissions.length) {
    clear(element, h("p", { class: "muted" }, "No submissions yet. Submit judges every hidden case and records it here."));
    return;
  }
  const code = h("pre", { class: "past-code" });
  const rows = submissions.map((s) => h("tr", { class: "submission", dataset: { verdict: s.verdict },
      onclick: () => show(s) },
    h("td", {}, h("span", { class: `badge v-${s.verdict}` }, s.verdict), " ", title(s.verdict)),
    h("td", {}, new Date(s.at * 1000).toLocaleString()),
    h("td", {}, `${s.passed}/${s.total}`), h("td", {}, `${s.time_ms.toFixed(0)} ms`),
    h("td", {}, `${(s.peak_kb / 1024).toFixed(1)} MB`)));
  const detail = h("div", { class: "submission-detail" });
  function show(s) {
    code.textContent = s.source || "(no code recorded)";
    clear(detail, h("p", {}, h("b", {}, title(s.verdict)), s.detail ? ` · ${s.detail}` : ""),
      s.complexity ? h("p", { class: "muted" }, `Complexity: ${s.complexity}`) : null,
      h("button", { class: "ghost", onclick: () => onLoadCode(s.source) }, "Load this code into the editor"), code);
  }
  clear(element, h("table", { class: "submissions" },
    h("thead", {}, h("tr", {}, ["Verdict", "When", "Cases", "Time", "Memory"].map((t) => h("th", {}, t)))),
    h("tbody", {}, rows)), detail);
  show(submissions[0]);
}
