// The verdict panel: cases stream in while a submission is judged, then the verdict and its details.
import { h, clear } from "./dom.js";
import { answerDiff } from "./diff.js";
import { title, inputText } from "./console.js";

export function progressView(element) {
  const dots = h("div", { class: "dots", "aria-label": "cases judged" });
  const status = h("p", { class: "muted status" }, "Judging: starting the sandbox…");
  clear(element, h("div", { class: "run-head pending" }, h("span", { class: "run-verdict" }, "Judging…")), status, dots);
  let quiet = null; // no case for a while after passing ones: the property search and the complexity note run
  return {
    started() { status.textContent = "Judging the hidden cases…"; },
    caseDone(data) {
      dots.append(h("span", { class: `dot v-${data.verdict}`, title: `${data.name}: ${data.verdict}` }));
      status.textContent = `${data.n} cases judged · last: ${data.name} ${data.verdict}`;
      clearTimeout(quiet);
      if (data.verdict === "AC") quiet = setTimeout(() => {
        status.textContent = `${data.n} cases passed · now generated inputs (property search), then the complexity measurement…`;
      }, 800);
    },
    stop() { clearTimeout(quiet); },
  };
}

function facts(data) {
  return h("div", { class: "facts-row" },
    h("span", {}, h("b", {}, `${data.passed}/${data.total}`), " cases passed"),
    h("span", {}, "Time ", h("b", {}, `${(data.time_ms / 1000).toFixed(3)} s`), ` of ${data.time_limit_ms / 1000} s`),
    h("span", {}, "Memory ", h("b", {}, `${(data.peak_memory_kb / 1024).toFixed(1)} MB`), ` of ${data.memory_limit_mb} MB`));
}

function failedCase(failure, label = "Failing case") {
  if (!failure) return null;
  const wrongAnswer = failure.verdict === "WA";
  return h("div", { class: "failure" },
    h("h3", {}, `${label}: ${failure.name}`),
    h("div", { class: "io" }, h("div", { class: "io-label" }, "Input"),
      h("pre", {}, inputText(failure))),
    failure.reason ? h("p", { class: "reason" }, failure.reason) : null,
    failure.hint ? h("p", { class: "hint" }, failure.hint) : null,
    wrongAnswer ? answerDiff(failure.expected, failure.got) : null,
    failure.error && failure.error.line ? h("p", { class: "muted" }, `at line ${failure.error.line}`) : null,
    failure.stdout ? h("div", { class: "io" }, h("div", { class: "io-label" }, "Stdout"), h("pre", {}, failure.stdout)) : null);
}

function complexity(note) {
  if (!note) return null;
  return h("div", { class: `complexity ${note.matches === false ? "slow" : ""}` },
    h("h3", {}, "Complexity"), h("p", {}, note.summary),
    note.hints && note.hints.length ? h("ul", {}, note.hints.map((hint) =>
      h("li", {}, h("b", {}, `line ${hint.line}`), " ", h("code", {}, hint.code), " ", hint.message))) : null);
}

export function verdictPanel(element, data) {
  const error = data.error ? h("pre", { class: "error" },
    `${data.error.type}: ${data.error.message}${data.error.line ? ` (line ${data.error.line})` : ""}`) : null;
  const properties = data.properties ? h("p", { class: "muted" },
    `Property search: ${data.properties.passed}/${data.properties.examples} generated inputs passed (seed ${data.properties.seed}).`) : null;
  clear(element,
    h("div", { class: `run-head v-${data.verdict}` }, h("span", { class: "run-verdict", dataset: { verdict: data.verdict } },
      title(data.verdict))),
    facts(data), error, failedCase(data.failed_case), failedCase(data.smaller_failed_case, "A smaller input that fails too"),
    properties, complexity(data.complexity),
    (data.notices || []).map((notice) => h("p", { class: "muted" }, notice)));
}

export function problemPanel(element, message) {
  clear(element, h("div", { class: "run-head v-IE" }, h("span", { class: "run-verdict" }, "Not judged")),
    h("pre", { class: "error" }, message));
}
