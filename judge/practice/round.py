"""One timed round's rules, as a state machine over an injected clock.

No I/O here: the driver feeds it what happened (a save was checked, a submission
judged, a key pressed, time passing) and asks what to do next, so every rule of a
round is tested without a terminal, a sandbox or a real wait.

The rules, as in a real interview: the clock runs from the start and does not stop
(`casual` allows a pause); the round ends on an Accepted submission, when the user
gives up or quits, or when time runs out, and then the last saved version is
judged in full: Accepted then still counts, timed at its last save.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Callable

from judge.practice.checks import Check


class Phase(str, Enum):
    RUNNING = "running"
    PAUSED = "paused"
    FINAL = "final"  # time ran out: the last saved version is being judged
    ENDED = "ended"


class RoundRuleError(Exception):
    """An action the round's rules do not allow now (a pause in a strict round, a submit after the end)."""


@dataclass
class Round:
    problem_id: str
    limit_s: float
    clock: Callable[[], float]  # monotonic seconds
    casual: bool = False
    started: float = field(default=0.0)
    phase: Phase = Phase.RUNNING
    outcome: str | None = None  # accepted timeout gave_up quit, once ended
    solve_s: float | None = None
    checks: list[Check] = field(default_factory=list)  # quick checks on save
    submissions: list[Check] = field(default_factory=list)  # full judgements: submit and final
    submitting: bool = False  # a full judgement is running
    last_save_s: float | None = None
    _paused_at: float | None = None
    _paused_total: float = 0.0

    def __post_init__(self) -> None:
        self.started = self.clock()

    def start(self) -> None:
        """Start the clock now: when the statement is on screen and saves are being watched."""
        self.started = self.clock()

    # time

    def elapsed(self) -> float:
        now = self._paused_at if self._paused_at is not None else self.clock()
        return now - self.started - self._paused_total

    def remaining(self) -> float:
        return max(0.0, self.limit_s - self.elapsed())

    @property
    def ended(self) -> bool:
        return self.phase is Phase.ENDED

    def tick(self) -> bool:
        """Advance to FINAL when time has run out; True exactly once, when the caller must judge the last save."""
        if self.phase is Phase.RUNNING and not self.submitting and self.elapsed() >= self.limit_s:
            self.phase = Phase.FINAL
            return True
        return False

    def pause(self) -> None:
        if not self.casual:
            raise RoundRuleError("no pause in an interview round (start it with --casual to allow one)")
        if self.phase is Phase.RUNNING:
            self._paused_at = self.clock()
            self.phase = Phase.PAUSED

    def resume(self) -> None:
        if self.phase is Phase.PAUSED:
            self._paused_total += self.clock() - self._paused_at
            self._paused_at = None
            self.phase = Phase.RUNNING

    # what the user did

    def saved(self) -> float:
        """A save: its time on the clock, kept for a version judged after time ran out."""
        self.last_save_s = min(self.elapsed(), self.limit_s)
        return self.last_save_s

    def checked(self, check: Check) -> None:
        self.checks.append(check)

    def can_submit(self) -> bool:
        return self.phase is Phase.RUNNING and not self.submitting

    def submission_failed(self) -> None:
        """The full judgement could not run at all (the sandbox went away): the user may submit again."""
        self.submitting = False

    def submit(self) -> float:
        """Start a submission; returns its time on the clock."""
        if not self.can_submit():
            raise RoundRuleError("a submission is being judged" if self.submitting else f"the round is {self.phase.value}")
        self.submitting = True
        return self.elapsed()

    def judged(self, check: Check) -> None:
        """A full judgement came back: a submission, or the final one after time ran out."""
        self.submissions.append(check)
        self.submitting = False
        if check.kind == "final":
            saved_at = self.last_save_s if self.last_save_s is not None else self.limit_s
            self._end("accepted" if check.accepted else "timeout", saved_at if check.accepted else None)
        elif check.accepted and not self.ended:
            self._end("accepted", check.elapsed_s)

    def give_up(self) -> None:
        if not self.ended:
            self._end("gave_up", None)

    def quit(self) -> None:
        if not self.ended:
            self._end("quit", None)

    def _end(self, outcome: str, solve_s: float | None) -> None:
        if self._paused_at is not None:
            self.resume()
        self.outcome = outcome
        self.solve_s = solve_s
        self.phase = Phase.ENDED
        self.submitting = False

    # what the summary needs

    @property
    def wrong_submissions(self) -> int:
        return sum(1 for check in self.submissions if not check.accepted)
