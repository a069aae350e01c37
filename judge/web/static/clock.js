// The timed round's clock in the top bar, on every page: the server's round, ticking here between polls.
import { get } from "./api.js";
import { h, clear, minutes } from "./dom.js";

const POLL_MS = 2000;
let element = null;
let round = null;
let fetchedAt = 0;

export async function refreshClock() {
  try {
    round = (await get("/api/round")).round;
    fetchedAt = performance.now();
  } catch { round = null; }
  draw();
}

function draw() {
  const live = round && round.active && round.round;
  element.hidden = !live;
  if (!live) return;
  const running = live.phase === "running" && !live.submitting;
  const left = live.remaining_s - (running ? (performance.now() - fetchedAt) / 1000 : 0);
  const part = round.parts_total > 1 ? ` · part ${round.part} of ${round.parts_total}` : "";
  const phase = live.phase === "final" ? "time is up: judging" : `${minutes(left)} left`;
  clear(element, h("a", { href: `#/problem/${encodeURIComponent(live.problem_id)}` }, live.title),
    h("span", { class: "muted" }, part), h("b", { class: left < 300 ? "late" : "" }, phase));
}

export function startClock(target) {
  element = target;
  refreshClock();
  setInterval(refreshClock, POLL_MS);
  setInterval(() => round && draw(), 250);
}
