// The router: #/ the problem list, #/problem/ID a problem, #/rounds, #/stats.
import { showList } from "./list.js";
import { showProblem } from "./problem.js";
import { showRounds } from "./rounds.js";
import { showStats } from "./stats.js";
import { startClock } from "./clock.js";
import { setupTheme } from "./theme.js";
import { h, clear } from "./dom.js";

const view = document.getElementById("view");
let leave = null; // the current page's clean-up (timers, pollers)

async function route() {
  if (leave) { leave(); leave = null; }
  const hash = location.hash || "#/";
  const [, page, id] = hash.match(/^#\/([^/]*)\/?(.*)$/) || [];
  for (const link of document.querySelectorAll("[data-nav]")) {
    const key = page === "" ? "list" : page === "problem" ? "list" : page;
    link.classList.toggle("active", link.dataset.nav === key);
  }
  view.className = "";
  clear(view, h("p", { class: "muted loading" }, "Loading…"));
  try {
    if (page === "problem" && id) leave = await showProblem(view, decodeURIComponent(id));
    else if (page === "rounds") leave = await showRounds(view);
    else if (page === "stats") leave = await showStats(view);
    else leave = await showList(view);
  } catch (error) {
    view.className = "";
    clear(view, h("div", { class: "page-error" }, h("h2", {}, "This page could not be shown"), h("pre", {}, error.message)));
  }
}

setupTheme();
startClock(document.getElementById("round-clock"));
window.addEventListener("hashchange", route);
route();
