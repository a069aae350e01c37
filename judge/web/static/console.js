// The testcase console: the examples run always; the user's own inputs (JSON, one per box) run beside them.
import { h, clear } from "./dom.js";

const TITLES = { AC: "Accepted", WA: "Wrong Answer", TLE: "Time Limit Exceeded", MLE: "Memory Limit Exceeded",
  RE: "Runtime Error", CE: "Compile Error", OLE: "Output Limit Exceeded", IE: "Internal Error" };
export const title = (verdict) => TITLES[verdict] || verdict;

export function customInputs(problem) {
  const list = h("div", { class: "custom-list" });
  const first = problem.examples[0] ? problem.examples[0].input_json : "{}";
  function add(text = first) {
    const box = h("textarea", { class: "custom-input", spellcheck: "false", rows: 2, "aria-label": "custom input" });
    box.value = text;
    const row = h("div", { class: "custom-row" }, box,
      h("button", { class: "ghost small", title: "Remove this input", onclick: () => row.remove() }, "✕"));
    list.append(row);
    return box;
  }
  const element = h("div", { class: "testcases" },
    h("p", { class: "muted" }, `Run judges the ${problem.examples.length} examples and your own inputs below, `
      + `each as JSON naming ${problem.params.map((p) => p).join(", ")}.`),
    list, h("button", { class: "ghost", dataset: { action: "add-case" }, onclick: () => add().focus() }, "+ Add input"));
  return { element, add, values: () => [...list.querySelectorAll("textarea")].map((t) => t.value) };
}

function value(label, content, cls = "") {
  return h("div", { class: `io ${cls}` }, h("div", { class: "io-label" }, label), h("pre", {}, content));
}

export const inputText = (result) =>
  Object.entries(result.input_text || {}).map(([name, text]) => `${name} = ${text}`).join("\n");

export function caseCard(result) {
  const passed = result.verdict === "AC";
  return h("div", { class: `case-card ${passed ? "pass" : "fail"}`, dataset: { case: result.name } },
    h("div", { class: "case-head" }, h("span", { class: `badge v-${result.verdict}` }, result.verdict),
      h("span", { class: "case-name" }, result.name), h("span", { class: "muted" }, `${result.time_ms.toFixed(1)} ms`)),
    value("Input", inputText(result)),
    h("div", { class: "io-pair" },
      result.got !== null && result.got !== undefined ? value("Output", result.got_text, passed ? "" : "wrong") : null,
      result.expected !== null && result.expected !== undefined ? value("Expected", result.expected_text) : null),
    result.reason && !passed ? h("p", { class: "reason" }, result.reason) : null,
    result.error && result.error.line ? h("p", { class: "reason" }, `line ${result.error.line}`) : null,
    result.stdout ? value("Stdout", result.stdout) : null);
}

export function runResults(element, data) {
  const passed = data.cases.filter((c) => c.verdict === "AC").length;
  const head = h("div", { class: `run-head v-${data.verdict}` },
    h("span", { class: "run-verdict" }, title(data.verdict)),
    h("span", { class: "muted" }, `${passed}/${data.cases.length} passed`));
  const error = data.error ? h("pre", { class: "error" }, `${data.error.type}: ${data.error.message}`
    + (data.error.line ? ` (line ${data.error.line})` : "")) : null;
  clear(element, head, error, data.cases.map(caseCard));
}
