"""One timed round's rules, as a state machine over an injected clock.

No I/O here: the driver feeds it what happened (a save was checked, a submission
judged, a key pressed, time passing) and asks what to do next, so every rule of a
round is tested without a terminal, a sandbox or a real wait.

The rules, as in a real interview: the clock runs from the start and does not stop
(`casual` allows a pause); the round ends on an Accepted submission, when the user
gives up or quits, or when time runs out, and then the last saved version is
judged in full: Accepted then still counts, timed at its last save.

A key that ends the round (give up, quit) or wastes a submission (the untouched
starter) asks first: it acts only when pressed again within CONFIRM_S, and the
question lapses after that, so one stray key never ends a round. Hints come one
at a time and are counted. Before the first submission the candidate is asked
for the time and space complexity of the code, as an interviewer would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Callable

from judge.complexity.growth import Growth
from judge.practice.checks import Check

CONFIRM_S = 3.0  # a second press within this long confirms


class Ask(str, Enum):
    """An action that waits for the same key again."""

    GIVE_UP = "g"
    QUIT = "q"
    SUBMIT_STARTER = "s"  # submit a file that is still the starter


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
    hints_used: int = 0
    stated_time: Growth | None = None  # the candidate's own estimates, when stated
    stated_space: Growth | None = None
    estimate_asked: bool = False  # asked once, before the first submission (the answer may be a skip)
    _asked: tuple[Ask, float] | None = None  # the question waiting for a second press, and when it was asked
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

    def ensure_can_submit(self) -> None:
        if not self.can_submit():
            raise RoundRuleError("a submission is being judged" if self.submitting else f"the round is {self.phase.value}")

    def submit(self) -> float:
        """Start a submission; returns its time on the clock."""
        self.ensure_can_submit()
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
        """Ends the round now: the caller has asked first (`confirmed`)."""
        if not self.ended:
            self._end("gave_up", None)

    def quit(self) -> None:
        """Ends the round now: after a confirmed `q`, or Ctrl-C and a kill, which never ask."""
        if not self.ended:
            self._end("quit", None)

    def _end(self, outcome: str, solve_s: float | None) -> None:
        if self._paused_at is not None:
            self.resume()
        self.outcome = outcome
        self.solve_s = solve_s
        self.phase = Phase.ENDED
        self.submitting = False

    # keys that ask first

    def asking(self) -> Ask | None:
        """The question waiting for a second press; None once CONFIRM_S has passed or the round is over."""
        if self._asked is None or self.ended or self.clock() - self._asked[1] > CONFIRM_S:
            return None
        return self._asked[0]

    def confirmed(self, ask: Ask) -> bool:
        """A press of `ask`'s key: True when it answers the same question asked within CONFIRM_S, else it asks."""
        if self.asking() is ask:
            self._asked = None
            return True
        self._asked = (ask, self.clock())
        return False

    def dismiss(self) -> None:
        """Any other key: the question is dropped."""
        self._asked = None

    # hints and estimates

    def take_hint(self, available: int) -> int:
        """One more hint; returns how many are shown now."""
        if self.ended:
            raise RoundRuleError("the round is over: `judge show ID --hints N` shows them")
        if available == 0:
            raise RoundRuleError("this problem has no hints")
        if self.hints_used >= available:
            raise RoundRuleError(f"no more hints: all {available} are shown above")
        self.hints_used += 1
        return self.hints_used

    def needs_estimate(self) -> bool:
        """Ask for the complexity before the first submission only; `c` states it again any time."""
        return not self.estimate_asked and not self.submissions

    def can_state(self) -> bool:
        return self.phase in (Phase.RUNNING, Phase.PAUSED)

    def state(self, time: Growth | None, space: Growth | None) -> None:
        """The candidate's estimate; a skipped answer (None) keeps what was stated before."""
        self.estimate_asked = True
        self.stated_time = time or self.stated_time
        self.stated_space = space or self.stated_space

    # what the summary needs

    @property
    def wrong_submissions(self) -> int:
        return sum(1 for check in self.submissions if not check.accepted)
