// A problem page's round: give up and quit ask for a second press (as the terminal's keys do);
// before a timed round's first submission, the candidate states the time and space complexity.
import { get, post, pid } from "./api.js";
import { h, clear } from "./dom.js";

const CONFIRM_MS = 3000;
const CLASSES = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"];

export function roundControls(element, problem, onChange) {
  let current = problem.round;
  // Armed presses live here, not in the buttons: a redraw (the verdict's refresh) between the
  // two presses must not forget the first one.
  const armed = {};
  function disarm(how) {
    clearTimeout(armed[how]);
    delete armed[how];
  }
  function confirmButton(label, how) {
    const button = h("button", { class: "ghost small", dataset: { action: how } },
      armed[how] ? `${label}? click again` : label);
    button.addEventListener("click", async () => {
      if (!armed[how]) {
        button.textContent = `${label}? click again`;
        armed[how] = setTimeout(() => { disarm(how); draw(); }, CONFIRM_MS);
        return;
      }
      disarm(how);
      const { round } = await post(`/api/problems/${pid(problem.id)}/end`, { how });
      onChange();
      // A mock goes on to its next part; otherwise the rounds page has the summary.
      const next = round && round.active && round.round;
      location.hash = next ? `#/problem/${encodeURIComponent(next.problem_id)}` : "#/rounds";
    });
    return button;
  }
  function draw() {
    const timed = current && current.timed && current.phase !== "ended";
    clear(element, timed ? [confirmButton("Give up", "give_up"), confirmButton("Quit", "quit")] : []);
  }
  async function refresh() {
    const fresh = await get(`/api/problems/${pid(problem.id)}`);
    current = fresh.round;
    draw();
  }
  draw();
  return { state: () => current, refresh, stop() {} };
}

// Resolves to {time, space} (either may be null: skipped), or null when the candidate cancels.
export function estimatePrompt(element, show) {
  show();
  return new Promise((resolve) => {
    const choose = (label) => h("select", { "aria-label": label }, h("option", { value: "" }, `${label}: skip`),
      CLASSES.map((c) => h("option", { value: c }, c)));
    const time = choose("Time"), space = choose("Space");
    clear(element, h("div", { class: "estimate" },
      h("h3", {}, "Before your first submission: its complexity?"),
      h("p", { class: "muted" }, "As an interviewer would ask. The verdict compares it with the measured growth."),
      h("div", { class: "estimate-row" }, time, space,
        h("button", { class: "primary", onclick: () => resolve({ time: time.value || null, space: space.value || null }) }, "Submit"),
        h("button", { class: "ghost", onclick: () => resolve(null) }, "Cancel"))));
  });
}
