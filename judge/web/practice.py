"""Rounds in the page, by the terminal's rules (judge/practice/round.py) and in the same history.

Every judging on a problem page belongs to a round. Outside a timed round it is a
free one: started by the first Run, Submit or hint on the problem, casual (its clock
is the solve time; nothing times out), ended by Accepted. A timed round, practice or
mock, is started from the rounds page: a fresh starter file, a clock that runs out,
then the last saved version judged in full, exactly as `judge practice` does. A
mock's two parts share one clock.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from judge.complexity.growth import expected_text, parse_growth
from judge.practice.checks import Check, complexity_note, failure_line
from judge.practice.history import History, SubmissionRecord
from judge.practice.picker import Filters, Pick
from judge.practice.round import Phase, Round, RoundRuleError
from judge.practice.session import (DEFAULT_MINUTES, Plan, RoundReport, choose, finish, new_session_id,
                                    write_starter)
from judge.problem import Problem, load_problem
from judge.web.workspace import newest_file

SINGLE, MOCK = "single", "mock"


@dataclass
class LiveRound:
    problem: Problem
    path: Path
    round: Round
    round_id: int
    timed: bool
    reason: str = ""

    @property
    def report(self) -> RoundReport:
        return RoundReport(self.problem, self.path, self.round, self.round_id, self.reason)

    def to_json(self) -> dict[str, Any]:
        r = self.round
        return {"problem_id": self.problem.id, "title": self.problem.title, "file": self.path.name,
                "timed": self.timed, "phase": r.phase.value, "outcome": r.outcome, "solve_s": r.solve_s,
                "elapsed_s": r.elapsed(), "remaining_s": r.remaining(), "limit_s": r.limit_s,
                "submitting": r.submitting, "hints_used": r.hints_used, "needs_estimate": r.needs_estimate(),
                "submissions": len(r.submissions), "reason": self.reason}


@dataclass
class TimedRun:
    """A practice round, or a mock's parts on one clock."""

    picks: list[Pick]
    mock: bool
    limit_s: float
    deadline: float
    session_id: str | None
    index: int = 0
    live: LiveRound | None = None
    parts: list[dict] = field(default_factory=list)  # each ended part: problem, outcome, solve time
    finished: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"active": not self.finished, "mode": MOCK if self.mock else SINGLE, "part": self.index + 1,
                "parts_total": len(self.picks), "round": self.live.to_json() if self.live else None,
                "parts": self.parts, "finished": self.finished}


class Practice:
    """The rounds open in this server; one lock, as requests and the ticker come from several threads."""

    def __init__(self, workspace: Path, history: History, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time, rng: random.Random | None = None):
        self.workspace = workspace
        self.history = history
        self.clock = clock
        self.wall = wall
        self.rng = rng or random.Random()
        self.lock = threading.RLock()
        self.free: dict[str, LiveRound] = {}
        self.files: dict[str, Path] = {}  # the file each problem's page edits
        self.timed: TimedRun | None = None
        history.close_abandoned()

    # files

    def file_for(self, problem: Problem) -> Path:
        with self.lock:
            live = self._timed_live(problem.id)
            if live is not None:
                return live.path
            path = self.files.get(problem.id)
            if path is None or not path.is_file():
                path = self.files[problem.id] = newest_file(self.workspace, problem)
            return path

    # rounds

    def _timed_live(self, problem_id: str) -> LiveRound | None:
        timed = self.timed
        if timed is None or timed.finished or timed.live is None or timed.live.problem.id != problem_id:
            return None
        return timed.live

    def round_for(self, problem: Problem) -> LiveRound:
        """The timed round on this problem, else its free round, started now if none is open."""
        with self.lock:
            live = self._timed_live(problem.id) or self.free.get(problem.id)
            if live is None:
                path = self.file_for(problem)
                round_ = Round(problem.id, DEFAULT_MINUTES * 60, self.clock, casual=True)
                live = self.free[problem.id] = LiveRound(problem, path, round_, self._start(problem, SINGLE,
                                                                                            round_.limit_s), False)
            return live

    def _start(self, problem: Problem, mode: str, limit_s: float, session: str | None = None) -> int:
        return self.history.start_round(problem.id, problem.track, problem.difficulty, problem.tags, mode, limit_s,
                                        self.wall(), session, expected_time=expected_text(problem.complexity),
                                        expected_space=expected_text(problem.space))

    def checked(self, problem: Problem, result) -> None:
        """A Run's result, recorded as the terminal records a check on save."""
        with self.lock:
            live = self.round_for(problem)
            if live.round.phase not in (Phase.RUNNING, Phase.PAUSED):
                return
            check = Check("check", live.round.saved(), result)
            live.round.checked(check)
            self._record(live, check)

    def begin_submit(self, problem: Problem, estimate: dict | None = None) -> tuple[LiveRound, float]:
        """Start a submission by the round's rules (RoundRuleError if they refuse); its time on the clock."""
        with self.lock:
            live = self.round_for(problem)
            if estimate is not None and live.round.can_state():
                self.state_estimate(live, estimate.get("time"), estimate.get("space"))
            live.round.saved()
            return live, live.round.submit()

    def state_estimate(self, live: LiveRound, time_class: str | None, space_class: str | None) -> None:
        live.round.state(parse_growth(time_class) if time_class else None,
                         parse_growth(space_class) if space_class else None)
        stated = (live.round.stated_time, live.round.stated_space)
        self.history.record_estimate(live.round_id, *(growth.value if growth else None for growth in stated))

    def judged(self, live: LiveRound, check: Check) -> None:
        """A full judgement came back: recorded; the round ends on Accepted (or on the final judgement)."""
        with self.lock:
            if live.round.ended:  # ended meanwhile (given up, or the server stopping): on record, no more
                self._record(live, check)
                return
            live.round.judged(check)
            self._record(live, check)
            if live.round.ended:
                self._close(live)

    def submission_failed(self, live: LiveRound) -> None:
        with self.lock:
            live.round.submission_failed()
            if live.round.phase is Phase.FINAL:  # the final judgement could not run: the round still ends
                live.round.judged(Check("final", live.round.limit_s, None, problem="the judge failed"))
                self._close(live)

    def take_hint(self, problem: Problem) -> list[str]:
        """One more hint, counted in the round; the hints shown so far."""
        with self.lock:
            live = self.round_for(problem)
            count = live.round.take_hint(len(problem.hints))
            self.history.record_hints(live.round_id, count)
            return list(problem.hints[:count])

    def open_round(self, problem_id: str) -> LiveRound | None:
        with self.lock:
            return self._timed_live(problem_id) or self.free.get(problem_id)

    def hints_shown(self, problem: Problem) -> list[str]:
        live = self.open_round(problem.id)
        return list(problem.hints[:live.round.hints_used]) if live else []

    def end(self, problem_id: str, how: str) -> None:
        """Give up or quit the open round on `problem_id` (the page asked for a second press first)."""
        with self.lock:
            live = self.open_round(problem_id)
            if live is None:
                raise RoundRuleError(f"no round is open on {problem_id}")
            live.round.give_up() if how == "give_up" else live.round.quit()
            self._close(live)

    def _close(self, live: LiveRound) -> None:
        finish(self.history, live.report, self.wall())
        if not live.timed:
            self.free.pop(live.problem.id, None)
            return
        timed = self.timed
        timed.parts.append({"problem_id": live.problem.id, "title": live.problem.title,
                            "outcome": live.round.outcome, "solve_s": live.round.solve_s})
        if timed.index + 1 < len(timed.picks) and live.round.outcome != "quit" and timed.deadline > self.clock():
            timed.index += 1
            self._start_part()
        else:
            timed.finished = True

    # timed rounds

    def start_timed(self, mock: bool, filters: Filters, minutes: float | None, problem_id: str | None = None) -> dict:
        with self.lock:
            if self.timed is not None and not self.timed.finished:
                raise RoundRuleError("a timed round is already running: finish it or give up first")
            plan = Plan(problem_id, filters, mock, minutes)
            picks = choose(plan, self.history, self.wall(), self.rng)
            self.timed = TimedRun(picks, mock, plan.limit_s, self.clock() + plan.limit_s,
                                  new_session_id() if mock else None)
            self._start_part()
            return self.timed.to_json()

    def _start_part(self) -> None:
        timed = self.timed
        picked = timed.picks[timed.index]
        problem = load_problem(picked.problem_id)
        limit = timed.deadline - self.clock() if timed.mock else timed.limit_s
        path = write_starter(self.workspace, problem)
        round_ = Round(problem.id, limit, self.clock)
        round_id = self._start(problem, MOCK if timed.mock else SINGLE, limit, timed.session_id)
        timed.live = LiveRound(problem, path, round_, round_id, True, picked.reason)
        self.files[problem.id] = path

    def timed_state(self) -> dict | None:
        with self.lock:
            return self.timed.to_json() if self.timed is not None else None

    def due_for_final(self) -> LiveRound | None:
        """The timed round whose time ran out just now: its last saved version must be judged (once)."""
        with self.lock:
            live = self.timed.live if self.timed is not None and not self.timed.finished else None
            if live is not None and live.round.tick():
                return live
            return None

    def close(self) -> None:
        """The server stops: a timed round ends as quit, on record, as Ctrl-C ends `judge practice`'s. A free
        round is left open: the next history to open closes it as abandoned, and no review card is made of
        a problem that was only looked at."""
        with self.lock:
            timed = self.timed
            if timed is not None and not timed.finished and timed.live is not None and not timed.live.round.ended:
                timed.picks = timed.picks[:timed.index + 1]
                timed.live.round.quit()
                self._close(timed.live)

    # history

    def _record(self, live: LiveRound, check: Check) -> None:
        result, full = check.result, check.kind != "check"
        self.history.add_submission(SubmissionRecord(
            round_id=live.round_id, kind=check.kind, at=self.wall(), elapsed_s=check.elapsed_s,
            verdict=check.verdict, passed=result.passed if result else 0, total=result.total if result else 0,
            time_ms=result.time_ms if result else 0.0, peak_kb=result.peak_kb if result else 0,
            detail=failure_line(check), complexity=complexity_note(result) if full else None,
            source=check.source if full else None))

    def submissions(self, problem_id: str) -> list[dict]:
        """Full submissions on this problem, newest first, with their code."""
        with self.lock:
            rounds = self.history.rounds(problem_id)
            rows = []
            for record in rounds:
                for sub in self.history.submissions(record.id):
                    if sub.kind != "check":
                        rows.append({"id": sub.id, "round_id": record.id, "mode": record.mode, "kind": sub.kind,
                                     "at": sub.at, "elapsed_s": sub.elapsed_s, "verdict": sub.verdict,
                                     "passed": sub.passed, "total": sub.total, "time_ms": sub.time_ms,
                                     "peak_kb": sub.peak_kb, "detail": sub.detail, "complexity": sub.complexity,
                                     "source": sub.source or ""})
            return sorted(rows, key=lambda row: (row["at"], row["id"]), reverse=True)
