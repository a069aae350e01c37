// The statement: Markdown with KaTeX math ($...$, $$...$$), the examples, the constraints, hints one at a time.
import { h, clear } from "./dom.js";

const md = window.markdownit({ html: false, linkify: true });
const MATH = /(`+)[\s\S]*?\1|\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g;

// Math is cut out before Markdown sees it (its _ and * are not emphasis), typeset, and put back.
export function renderMarkdown(text) {
  const formulas = [];
  const protectedText = text.replace(MATH, (whole, ticks, display, inline) => {
    if (ticks) return whole;
    formulas.push({ tex: display ?? inline, display: display !== undefined });
    return `@@MATH${formulas.length - 1}@@`;
  });
  return md.render(protectedText).replace(/@@MATH(\d+)@@/g, (_, i) => {
    const { tex, display } = formulas[Number(i)];
    return window.katex.renderToString(tex, { displayMode: display, throwOnError: false });
  });
}

export function statementPane(problem, onHint) {
  const body = h("div", { class: "markdown" });
  body.innerHTML = renderMarkdown(problem.statement); // markdown-it escapes HTML (html: false)
  const facts = h("div", { class: "facts" },
    h("span", { class: `difficulty ${problem.difficulty}` }, problem.difficulty),
    h("span", {}, problem.track),
    ...problem.tags.map((t) => h("span", { class: "tag" }, t)));
  const examples = problem.examples.map((example, i) => h("div", { class: "example" },
    h("div", { class: "example-title" }, `Example ${i + 1}`),
    h("pre", {}, h("b", {}, "Input: "), example.input_text, "\n", h("b", {}, "Output: "), example.output_text),
    example.explanation ? h("p", { class: "explanation" }, example.explanation) : null));
  const constraints = problem.constraints.length ? h("div", { class: "constraints" }, h("h3", {}, "Constraints"),
    h("ul", {}, problem.constraints.map((c) => h("li", {}, h("code", {}, c))))) : null;
  const limits = h("p", { class: "limits" }, `Limits: ${problem.limits.time_s} s per case, ${problem.limits.memory_mb} MB.`
    + (problem.complexity ? ` Expected time ${problem.complexity}` : "")
    + (problem.space ? `, space ${problem.space}.` : problem.complexity ? "." : ""));
  const hintList = h("ol", { class: "hints" });
  const hintButton = h("button", { class: "ghost", dataset: { action: "hint" } });
  const hintsBox = h("div", { class: "hints-box" }, h("h3", {}, "Hints"), hintList, hintButton);
  function showHints(hints) {
    clear(hintList, hints.map((text) => h("li", {}, text)));
    const left = problem.hints_total - hints.length;
    hintButton.textContent = left ? `Reveal hint ${hints.length + 1} of ${problem.hints_total}` : "No more hints";
    hintButton.disabled = left === 0;
  }
  hintButton.addEventListener("click", async () => showHints(await onHint()));
  showHints(problem.hints || []);
  return h("div", { class: "statement" }, h("h1", {}, problem.leetcode ? `${problem.leetcode}. ${problem.title}` : problem.title),
    facts, body, ...examples, constraints, limits, problem.hints_total ? hintsBox : null,
    h("details", { class: "environment" }, h("summary", {}, "Environment"), h("p", {}, problem.environment)));
}
