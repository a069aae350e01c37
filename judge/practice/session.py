"""A practice session: pick problems, write starter files, play the rounds, record everything.

The pieces are pure or small (picker, round, review, checks, watch, terminal);
this module wires them to one event queue that the main thread drains: saves from
the file watcher, results from judging threads, keys from the key reader, and the
clock. Every event that matters is written to the history as it happens, so a
round killed at any point is on record up to that point.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import threading
import time
import uuid
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from judge.backends import Sandbox, sandbox_choice
from judge.errors import JudgeError
from judge.complexity.growth import expected_text
from judge.practice.checks import Check, Checker, complexity_note, failure_line
from judge.practice.estimates import Board, EstimatePrompt, board_of
from judge.practice.history import History, SubmissionRecord
from judge.practice.picker import Filters, Pick, pick
from judge.practice.review import ReviewCard, after_round, grade
from judge.practice.round import Ask, Phase, Round, RoundRuleError
from judge.practice.terminal import (EOF, KeyReader, RoundDisplay, clock_text, make_display, part_over,
                                    show_mock_summary, show_reference, show_summary)
from judge.practice.watch import FileWatcher, LatestRunner
from judge.problem import Problem, all_problems, load_problem
from judge.starter import starter_source

if TYPE_CHECKING:
    from rich.console import Console

DEFAULT_MINUTES = 45.0
MOCK_MINUTES = 45.0
TICK_S = 0.1


def workspace_dir(option: Path | None = None) -> Path:
    """--workspace, else JUDGE_WORKSPACE, else ~/judge-practice."""
    from judge.files import folder_setting

    if option is not None:
        return folder_setting(option, "--workspace")
    override = os.environ.get("JUDGE_WORKSPACE")
    if override:
        return folder_setting(Path(override), "JUDGE_WORKSPACE")
    return folder_setting(Path.home() / "judge-practice", "the practice folder")


def write_starter(workspace: Path, problem: Problem) -> Path:
    """A fresh starter file; an earlier round's file is never overwritten (two_sum_2.py, ...)."""
    workspace.mkdir(parents=True, exist_ok=True)
    stem = problem.id.replace("-", "_")
    path, number = workspace / f"{stem}.py", 2
    while path.exists():
        path, number = workspace / f"{stem}_{number}.py", number + 1
    path.write_text(starter_source(problem), encoding="utf-8")
    return path


@dataclass(frozen=True)
class Plan:
    """What to practise: a chosen problem, or filters for the picker; one round or a mock loop."""

    problem_id: str | None = None
    filters: Filters = field(default_factory=Filters)
    mock: bool = False
    minutes: float | None = None
    casual: bool = False
    ml_tags: tuple[str, ...] = ()  # a mock's ML part drawn from these groups (retrieval, ranking, ...)

    @property
    def limit_s(self) -> float:
        return 60 * (self.minutes if self.minutes is not None else MOCK_MINUTES if self.mock else DEFAULT_MINUTES)


def choose(plan: Plan, history: History, now: float, rng: random.Random) -> list[Pick]:
    """The problems of a session, all picked now, before anything is written or timed."""
    if plan.problem_id is not None:
        load_problem(plan.problem_id)  # an unknown id fails here
        return [Pick(plan.problem_id, "your choice")]
    problems, rounds, cards = all_problems(), history.rounds(), history.review_cards()
    if not plan.mock:
        return [pick(problems, rounds, cards, plan.filters, now, rng)]
    coding = pick(problems, rounds, cards, Filters("dsa", "medium", plan.filters.tags), now, rng)
    ml = Filters("ml", "medium", plan.ml_tags)
    if not any(ml.match(problem) for problem in problems):
        ml = Filters("ml", None, plan.ml_tags)
    return [coding, pick(problems, rounds, cards, ml, now, rng)]


@dataclass
class RoundReport:
    problem: Problem
    path: Path
    round: Round
    round_id: int
    reason: str
    card: ReviewCard | None = None
    interrupted: bool = False

    @property
    def accepted(self) -> bool:
        return self.round.outcome == "accepted"

    @property
    def board(self) -> Board:
        return board_of(self.round, expected_text(self.problem.complexity), expected_text(self.problem.space))


class Events:
    """One queue for everything a round waits on; each event carries the round it belongs to."""

    def __init__(self):
        self.queue: queue.Queue = queue.Queue()
        self.round_token = 0
        self.input_closed = False  # no key will ever come again

    def put(self, kind: str, value=None, token: int | None = None) -> None:
        self.queue.put((kind, value, self.round_token if token is None else token))

    def key(self, char: str) -> None:
        if char == EOF:
            self.input_closed = True
        self.queue.put(("key", char, None))

    def line(self, text: str) -> None:
        """A line from a pipe: an answer to a question, else its first letter is a key."""
        self.queue.put(("line", text, None))

    def next(self, timeout: float) -> tuple[str, object] | None:
        """The next event of the current round (keys belong to every round), or None after `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                kind, value, token = self.queue.get(timeout=left)
            except queue.Empty:
                return None
            if token is None or token == self.round_token:
                return kind, value

    def wait_for_key(self) -> str:
        """The next key, or EOF at once when the input is closed."""
        while not self.input_closed:
            event = self.next(3600)
            if event is not None and event[0] == "key":
                return event[1]
            if event is not None and event[0] == "line" and event[1].strip():
                return event[1].strip()[0].lower()
        return EOF


class RoundDriver:
    """Plays one round: turns events into the round's transitions, the display's updates and history rows."""

    def __init__(self, round_: Round, round_id: int, checker: Checker, history: History, display: RoundDisplay,
                 events: Events, wall: Callable[[], float] = time.time, starter: str | None = None):
        self.round = round_
        self.round_id = round_id
        self.checker = checker
        self.history = history
        self.display = display
        self.events = events
        self.wall = wall
        self.starter = starter  # the starter file as written: submitting it unchanged asks first
        self.prompt: EstimatePrompt | None = None  # the complexity question, while it is asked
        self.submit_after_prompt = False
        token = events.round_token
        self.quick = LatestRunner(lambda cancelled, elapsed: checker.quick(elapsed, cancelled),
                                  lambda check: events.put("checked", check, token),
                                  lambda error: events.put("error", error, token))

    def play(self) -> None:
        """Until the round ends; Ctrl-C ends it as `quit` and is re-raised once it is recorded."""
        watcher = FileWatcher(self.checker.path, lambda: self.events.put("saved"))
        try:
            with watcher, self.display:
                self.round.start()
                while not self.round.ended:
                    event = self.events.next(TICK_S)
                    if event is not None:
                        self.handle(*event)
                    if self.round.tick():
                        self.close_prompt()
                        self.judge_final()
                    self.display.refresh()
        except KeyboardInterrupt:
            self.round.quit()
            raise
        finally:
            self.quick.cancel()

    def handle(self, kind: str, value) -> None:
        handlers = {"saved": self.on_save, "checked": self.on_checked, "judged": self.on_judged,
                    "error": self.on_error, "key": self.on_key, "line": self.on_line}
        handlers[kind](value)

    def on_save(self, _=None) -> None:
        if self.round.phase not in (Phase.RUNNING, Phase.PAUSED):
            return  # after time is up, a save no longer counts
        elapsed = self.round.saved()
        self.display.started(f"saved at {clock_text(elapsed)}: checking the examples…")
        self.quick.trigger(elapsed)

    def on_checked(self, check: Check) -> None:
        self.round.checked(check)
        self.record(check)
        self.display.checked(check)

    def on_judged(self, check: Check) -> None:
        self.round.judged(check)
        self.record(check)
        self.display.judged(check)

    def on_error(self, error: BaseException) -> None:
        """A judging thread failed (no sandbox, a broken problem): say so and keep the round going."""
        what = str(error) if isinstance(error, JudgeError) else f"internal error: {type(error).__name__}: {error}"
        self.display.note(f"judge: error: {what}")
        if self.round.submitting:
            self.round.submission_failed()
        elif self.round.phase is Phase.FINAL:
            self.round.judged(Check("final", self.round.limit_s, None, problem=str(error)))

    def on_line(self, text: str) -> None:
        if self.prompt is not None:
            self.prompt.line(text)
            self.after_prompt_input()
        elif text.strip():
            self.on_key(text.strip()[0].lower())

    def on_key(self, key: str) -> None:
        if self.prompt is not None:  # every key is part of the answer: the g of "log n" gives nothing up
            self.prompt.key(key)
            self.after_prompt_input()
            return
        asking = self.round.asking()
        if asking is not None and asking.value != key:
            self.round.dismiss()
        actions = {"s": self.submit, "r": self.on_save, "g": self.give_up, "q": self.quit, "p": self.toggle_pause,
                   "v": self.display.statement, "h": self.next_hint, "c": lambda: self.ask_estimate(False)}
        try:
            if key in actions:
                actions[key]()
        except RoundRuleError as refused:
            self.display.note(str(refused))

    def submit(self) -> None:
        self.round.ensure_can_submit()
        if self.untouched() and not self.round.confirmed(Ask.SUBMIT_STARTER):
            self.display.asked(Ask.SUBMIT_STARTER)
            return
        if self.round.needs_estimate():
            self.ask_estimate(then_submit=True)
            return
        self.send_submission()

    def send_submission(self) -> None:
        elapsed = self.round.submit()
        self.display.submitted(elapsed)
        self.judge_in_background("submit", elapsed)

    def untouched(self) -> bool:
        try:
            return self.starter is not None and self.checker.path.read_text(encoding="utf-8") == self.starter
        except (OSError, UnicodeDecodeError):
            return False

    def ask_estimate(self, then_submit: bool) -> None:
        """Time, then space: asked before the first submission, or on `c` to say it (again). The clock runs
        while you answer, as it does while you tell an interviewer; the submission is timed once you have."""
        if not self.round.can_state():
            raise RoundRuleError(f"the round is {self.round.phase.value}")
        self.prompt, self.submit_after_prompt = EstimatePrompt(), then_submit
        self.display.prompting(self.prompt)

    def after_prompt_input(self) -> None:
        prompt = self.prompt
        self.display.prompting(prompt)
        if not prompt.done:
            return
        self.prompt = None
        self.round.state(prompt.time, prompt.space)
        stated = [f"{name} {growth.value}" for name, growth in
                  (("time", self.round.stated_time), ("space", self.round.stated_space)) if growth is not None]
        self.history.record_estimate(self.round_id, *(growth.value if growth else None for growth in
                                                      (self.round.stated_time, self.round.stated_space)))
        self.display.note("you said " + ", ".join(stated) if stated else "complexity skipped: c says it any time")
        if self.submit_after_prompt:
            try:
                self.send_submission()
            except RoundRuleError as refused:
                self.display.note(str(refused))

    def close_prompt(self) -> None:
        """Time ran out mid-answer: the question goes, unanswered."""
        if self.prompt is not None:
            self.prompt = None
            self.display.prompting(None)

    def next_hint(self) -> None:
        count = self.round.take_hint(len(self.checker.problem.hints))
        self.history.record_hints(self.round_id, count)
        self.display.hints(count)

    def give_up(self) -> None:
        if self.round.confirmed(Ask.GIVE_UP):
            self.round.give_up()
        else:
            self.display.asked(Ask.GIVE_UP)

    def quit(self) -> None:
        if self.round.confirmed(Ask.QUIT):
            self.round.quit()
        else:
            self.display.asked(Ask.QUIT)

    def toggle_pause(self) -> None:
        if self.round.phase is Phase.PAUSED:
            self.round.resume()
            self.display.note("resumed")
        else:
            self.round.pause()
            self.display.note("paused: press p to resume")

    def judge_final(self) -> None:
        """Time is up: judge the last saved version, unless it is exactly what was last submitted."""
        self.quick.cancel()
        self.display.started("time is up: judging the last saved version…")
        submission = self.checker.read()  # the version saved when time ran out, whatever is saved later
        elapsed = self.round.last_save_s if self.round.last_save_s is not None else self.round.limit_s
        last = self.round.submissions[-1] if self.round.submissions else None
        if last is not None and last.result is not None and not isinstance(submission, str) \
                and last.source == submission.source:
            self.events.put("judged", Check("final", elapsed, last.result, last.source))
            return
        self.judge_in_background("final", elapsed, submission)

    def judge_in_background(self, kind: str, elapsed: float, submission=None) -> None:
        token = self.events.round_token

        def judge() -> None:
            try:
                check = self.checker.full(kind, elapsed, submission)
            except Exception as error:  # shown in the round, never lost in a thread
                self.events.put("error", error, token)
                return
            self.events.put("judged", check, token)

        threading.Thread(target=judge, name=f"judge-{kind}", daemon=True).start()

    def record(self, check: Check) -> None:
        result = check.result
        full = check.kind != "check"
        self.history.add_submission(SubmissionRecord(
            round_id=self.round_id, kind=check.kind, at=self.wall(), elapsed_s=check.elapsed_s,
            verdict=check.verdict, passed=result.passed if result else 0, total=result.total if result else 0,
            time_ms=result.time_ms if result else 0.0, peak_kb=result.peak_kb if result else 0,
            detail=failure_line(check), complexity=complexity_note(result) if full else None,
            source=check.source if full else None))


def finish(history: History, report: RoundReport, now: float) -> None:
    """Close the round in the history and reschedule its review card, in one transaction."""
    round_ = report.round
    card = None
    touched = round_.checks or round_.submissions or round_.outcome != "quit"
    if touched:
        quality = grade(round_.outcome, round_.solve_s, round_.limit_s, len(round_.submissions))
        card = after_round(history.review_cards().get(report.problem.id), report.problem.id, quality, now)
    report.card = card
    board = report.board
    if board.measured_time or board.measured_space:
        history.record_measured(report.round_id, *(growth.value if growth else None
                                                   for growth in (board.measured_time, board.measured_space)))
    history.finish_round(report.round_id, round_.outcome, round_.solve_s, card, ended_at=now)


def new_session_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class SessionSettings:
    """How the session meets the world: where it writes, what it runs in, how it shows itself."""

    console: "Console"
    live: bool
    stdin: object
    workspace: Path
    sandbox: str = "auto"
    show_reference: bool = False  # show it at the end without asking
    clock: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time
    rng: random.Random = field(default_factory=random.Random)


@contextmanager
def signals_end_the_round() -> Iterator[None]:
    """SIGTERM (kill) and SIGHUP (the terminal closed) end a round as Ctrl-C does: recorded, terminal restored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = {number: signal.signal(number, interrupt) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def run_session(plan: Plan, history: History, settings: SessionSettings) -> list[RoundReport]:
    """Play the plan's rounds; a mock's parts share one clock. Ctrl-C ends the session once recorded."""
    history.close_abandoned()
    picks = choose(plan, history, settings.wall(), settings.rng)
    choice = sandbox_choice(settings.sandbox)
    if choice.notice:
        settings.console.print(f"judge: note: {choice.notice}", highlight=False, markup=False)
    events = Events()
    session_id = new_session_id() if plan.mock else None
    deadline = settings.clock() + plan.limit_s
    reports: list[RoundReport] = []
    with (signals_end_the_round(), KeyReader(settings.stdin, events.key, events.line) as keys,
          closing(choice.sandbox) as sandbox):
        try:
            for index, picked in enumerate(picks):
                limit = deadline - settings.clock() if plan.mock else plan.limit_s
                if limit <= 0:
                    settings.console.print("judge: no time left for the next part", highlight=False)
                    break
                part = f"part {index + 1} of {len(picks)}" if plan.mock else ""
                setup = RoundSetup(picked, limit, part, plan.casual, "mock" if plan.mock else "single", session_id,
                                   parts_after=len(picks) - index - 1)
                report = play_round(setup, history, settings, sandbox, events, keys.is_terminal)
                reports.append(report)
                if report.interrupted or report.round.outcome == "quit":
                    break
                if plan.mock and index + 1 < len(picks):
                    part_over(settings.console, report, part, f"part {index + 2} of {len(picks)}")
        finally:
            if plan.mock and reports:  # one summary of every part, however the mock ended
                show_mock_summary(settings.console, reports, [picked.problem_id for picked in picks])
        if reports and not reports[-1].interrupted:
            offer_reference(reports, events, settings)
    return reports


@dataclass(frozen=True)
class RoundSetup:
    pick: Pick
    limit_s: float
    part: str  # "part 1 of 2" in a mock, else ""
    casual: bool
    mode: str  # single | mock
    session_id: str | None
    parts_after: int = 0  # in a mock, the parts still to come after this one


def play_round(setup: RoundSetup, history: History, settings: SessionSettings, sandbox: Sandbox, events: Events,
               keys_from_terminal: bool) -> RoundReport:
    """One round from starter file to summary, recorded however it ends."""
    problem = load_problem(setup.pick.problem_id)
    path = write_starter(settings.workspace, problem)
    round_ = Round(problem.id, setup.limit_s, settings.clock, setup.casual)
    round_id = history.start_round(problem.id, problem.track, problem.difficulty, problem.tags, setup.mode,
                                   setup.limit_s, settings.wall(), setup.session_id,
                                   expected_time=expected_text(problem.complexity),
                                   expected_space=expected_text(problem.space))
    display = make_display(settings.console, problem, path, round_, settings.live, not keys_from_terminal)
    display.parts_after = setup.parts_after
    display.intro(setup.pick.reason, setup.part)
    events.round_token += 1
    checker = Checker(problem, path, sandbox, settings.sandbox, warm=True)
    report = RoundReport(problem, path, round_, round_id, setup.pick.reason)
    try:
        RoundDriver(round_, round_id, checker, history, display, events, settings.wall,
                    starter=path.read_text(encoding="utf-8")).play()
    except KeyboardInterrupt:
        report.interrupted = True
    except Exception as error:  # a bug of ours: record the round, then report it in one line
        round_.quit()
        finish(history, report, settings.wall())
        raise JudgeError(f"internal error in the round: {type(error).__name__}: {error}",
                         "the round is recorded as ended early") from error
    finish(history, report, settings.wall())
    if setup.mode != "mock":
        show_summary(settings.console, report)
    return report


def offer_reference(reports: list[RoundReport], events: Events, settings: SessionSettings) -> None:
    """The reference solutions, on request: after the round, never during it."""
    wanted = settings.show_reference
    if not wanted:
        settings.console.print("\n[r] show the reference solution · any other key to leave", highlight=False,
                               markup=False)
        try:
            wanted = events.wait_for_key() == "r"
        except KeyboardInterrupt:
            wanted = False
    if wanted:
        for report in reports:
            show_reference(settings.console, report.problem, settings.live)
