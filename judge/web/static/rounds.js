// Rounds: a timed practice round or a mock loop (a coding part, then an ML part, on one clock),
// picked and played by judge practice's rules, recorded in the same history.
import { get, post } from "./api.js";
import { h, clear, minutes } from "./dom.js";
import { refreshClock } from "./clock.js";

const OUTCOMES = { accepted: "Accepted", timeout: "Time ran out", gave_up: "Gave up", quit: "Quit" };

export async function showRounds(view) {
  const [{ round }, { tags }] = await Promise.all([get("/api/round"), get("/api/problems")]);
  const select = (label, options) => h("select", { "aria-label": label }, h("option", { value: "" }, label),
    options.map((o) => h("option", { value: o }, o)));
  const track = select("Any track", ["dsa", "ml"]), difficulty = select("Any difficulty", ["easy", "medium", "hard"]);
  const tag = select("Any tag", tags);
  const minutesBox = h("input", { type: "number", min: 1, max: 600, value: 45, "aria-label": "minutes" });
  const message = h("p", { class: "error-text" });

  async function start(mock) {
    try {
      const { round: started } = await post("/api/round", { mock, track: track.value, difficulty: difficulty.value,
        tag: tag.value, minutes: mock ? null : Number(minutesBox.value) || null });
      await refreshClock();
      location.hash = `#/problem/${encodeURIComponent(started.round.problem_id)}`;
    } catch (error) { message.textContent = error.message; }
  }

  const current = round && round.active ? h("div", { class: "card" }, h("h2", {}, "Round under way"),
    h("p", {}, h("a", { href: `#/problem/${encodeURIComponent(round.round.problem_id)}` }, round.round.title),
      ` · ${minutes(round.round.remaining_s)} left`)) : null;
  const last = round && round.finished ? h("div", { class: "card" }, h("h2", {}, "Last round"),
    h("ul", {}, round.parts.map((p) => h("li", {}, h("a", { href: `#/problem/${encodeURIComponent(p.problem_id)}` }, p.title),
      ` · ${OUTCOMES[p.outcome] || p.outcome}`, p.solve_s != null ? ` in ${minutes(p.solve_s)}` : "")))) : null;

  clear(view, h("section", { class: "rounds-page" },
    current, last,
    h("div", { class: "card" }, h("h2", {}, "Practice round"),
      h("p", { class: "muted" }, "One problem, picked as judge practice picks: due reviews first, then unseen ones. "
        + "The clock runs from the start and does not stop; time up judges your last saved version."),
      h("div", { class: "filters" }, track, difficulty, tag, h("label", {}, minutesBox, " minutes"),
        h("button", { class: "primary", dataset: { action: "start-round" }, onclick: () => start(false), disabled: !!current }, "Start round"))),
    h("div", { class: "card" }, h("h2", {}, "Mock loop"),
      h("p", { class: "muted" }, "A medium coding problem, then an ML one, on one 45-minute clock, as in a real MLE loop."),
      h("button", { class: "primary", dataset: { action: "start-mock" }, onclick: () => start(true), disabled: !!current }, "Start mock")),
    message));
  return null;
}
