// A readable diff of two answers: pretty-printed JSON, line by line, the differing lines marked.
import { h } from "./dom.js";

const MAX_LINES = 400;

export function pretty(value) {
  if (Array.isArray(value) && value.every((item) => !Array.isArray(item) || item.length <= 12)
      && value.length > 1 && JSON.stringify(value).length > 60) {
    return "[\n" + value.map((item) => "  " + JSON.stringify(item)).join(",\n") + "\n]";
  }
  return JSON.stringify(value, null, value && typeof value === "object" && JSON.stringify(value).length > 60 ? 2 : 0);
}

// Longest common subsequence of lines: small answers only (the lines are cut at MAX_LINES).
function lcs(a, b) {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const ops = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { ops.push([" ", a[i]]); i++; j++; }
    else if (table[i + 1][j] >= table[i][j + 1]) ops.push(["-", a[i++]]);
    else ops.push(["+", b[j++]]);
  }
  while (i < a.length) ops.push(["-", a[i++]]);
  while (j < b.length) ops.push(["+", b[j++]]);
  return ops;
}

export function answerDiff(expected, got) {
  const a = pretty(expected).split("\n").slice(0, MAX_LINES);
  const b = pretty(got).split("\n").slice(0, MAX_LINES);
  const rows = lcs(a, b).map(([op, text]) =>
    h("div", { class: `diff-line ${op === "-" ? "expected" : op === "+" ? "got" : "same"}` },
      h("span", { class: "diff-op" }, op === "-" ? "expected" : op === "+" ? "got" : ""), text));
  return h("div", { class: "diff", role: "figure", "aria-label": "expected against got" }, rows);
}
