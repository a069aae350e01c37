// The problem list: filters by track, difficulty, tag and progress (from the history), and a search box.
import { get } from "./api.js";
import { h, clear } from "./dom.js";

const MARKS = { solved: "✔", attempted: "●", unseen: "" };
const state = { track: "", difficulty: "", tag: "", progress: "", search: "" };

export async function showList(view) {
  const { problems, tags } = await get("/api/problems");
  const select = (key, label, options) => h("select", { "aria-label": label, dataset: { filter: key },
    onchange: (e) => { state[key] = e.target.value; draw(); } },
    h("option", { value: "" }, label), ...options.map((o) => h("option", { value: o, selected: state[key] === o }, o)));
  const search = h("input", { type: "search", placeholder: "Search title, id or tag", value: state.search,
    "aria-label": "Search", oninput: (e) => { state.search = e.target.value; draw(); } });
  const count = h("span", { class: "count" });
  const body = h("tbody");
  clear(view, h("section", { class: "list-page" },
    h("div", { class: "filters" }, search,
      select("track", "All tracks", ["dsa", "ml"]),
      select("difficulty", "All difficulties", ["easy", "medium", "hard"]),
      select("tag", "All tags", tags),
      select("progress", "Any progress", ["solved", "attempted", "unseen"]), count),
    h("table", { class: "problems" },
      h("thead", {}, h("tr", {}, h("th", { class: "mark" }, ""), h("th", {}, "Title"), h("th", {}, "Track"),
        h("th", {}, "Difficulty"), h("th", {}, "Tags"))), body)));

  function matches(p) {
    const words = state.search.toLowerCase().trim();
    return (!state.track || p.track === state.track) && (!state.difficulty || p.difficulty === state.difficulty)
      && (!state.tag || p.tags.includes(state.tag)) && (!state.progress || p.progress === state.progress)
      && (!words || [p.id, p.title, ...p.tags].join(" ").toLowerCase().includes(words));
  }
  function draw() {
    const shown = problems.filter(matches);
    const solved = shown.filter((p) => p.progress === "solved").length;
    count.textContent = `${shown.length} problems · ${solved} solved`;
    clear(body, shown.map((p) => h("tr", { dataset: { problem: p.id } },
      h("td", { class: `mark ${p.progress}`, title: p.progress }, MARKS[p.progress]),
      h("td", {}, h("a", { href: `#/problem/${encodeURIComponent(p.id)}` },
        p.leetcode ? `${p.leetcode}. ${p.title}` : p.title)),
      h("td", {}, p.track), h("td", { class: `difficulty ${p.difficulty}` }, p.difficulty),
      h("td", { class: "tags" }, p.tags.map((t) => h("span", { class: "tag" }, t))))));
  }
  draw();
  search.focus();
  return null;
}
