"""The round in the terminal: a live panel on a terminal, plain lines elsewhere, and single-key input.

On a terminal, rich's Live redraws one panel in place (the countdown, the last
check, the submissions, the keys) four times a second. Piped, logged, or with
NO_COLOR or TERM=dumb, the same events come out as plain lines a person or a
script can read, with the countdown said at milestones instead of redrawn.
Keys are read one at a time in cbreak mode (no Enter, no echo, and Ctrl-C still
interrupts); from a pipe, a line's first letter is the key.
"""

from __future__ import annotations

import io
import os
import select
import termios
import threading
import tty
from typing import Callable, TextIO

from rich.console import Console, Group
from rich.live import Live
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from judge.practice.checks import Check, complexity_note, failure_line
from judge.practice.round import Phase, Round
from judge.problem import Problem
from judge.report import STYLES, TerminalReport
from judge.text import visible_name
from judge.verdict import Verdict
from judge.views import show_problem

EOF = "\x04"  # the input ended (or Ctrl-D): nobody will press another key
PANEL_REPORT_LINES = 14
MILESTONES_S = (30 * 60, 15 * 60, 10 * 60, 5 * 60, 2 * 60, 60, 30, 10)


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999)) if seconds > 0 else 0
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def wants_live(stream: TextIO) -> bool:
    """A live display only on a real, colour-capable terminal."""
    term = os.environ.get("TERM", "")
    return stream.isatty() and "NO_COLOR" not in os.environ and term not in ("dumb", "")


def plain_console(stream: TextIO | None = None) -> Console:
    return Console(file=stream, force_terminal=False, no_color=True, highlight=False, soft_wrap=True)


def report_text(check: Check, width: int) -> Text:
    """TerminalReport's lines for a result, as rich Text to place inside the live panel."""
    if check.result is None:
        return Text(check.problem, style="red")
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=True, color_system="standard", highlight=False,
                      soft_wrap=False)
    TerminalReport(console).show(check.result)
    lines = buffer.getvalue().rstrip("\n").split("\n")
    # A full judgement has dozens of case lines; the panel keeps the end: the failure and the verdict.
    return Text.from_ansi("\n".join(lines[-PANEL_REPORT_LINES:]))


def verdict_mark(check: Check) -> Text:
    if check.result is None:
        return Text("--", style="dim")
    verdict = check.result.verdict
    return Text(verdict.value, style=STYLES[verdict])


def key_help(round_: Round) -> str:
    keys = "[s] submit  [r] re-run  [g] give up  [q] quit"
    return keys + ("  [p] pause" if round_.casual else "")


class KeyReader:
    """Calls on_key(char) from a background thread: single keys from a terminal, first letters from a pipe."""

    def __init__(self, stream: TextIO, on_key: Callable[[str], None]):
        self.stream = stream
        self.on_key = on_key
        self._stop = threading.Event()
        self._saved: list | None = None
        self._thread: threading.Thread | None = None

    @property
    def is_terminal(self) -> bool:
        try:
            return self.stream.isatty()
        except (ValueError, AttributeError):
            return False

    def start(self) -> "KeyReader":
        if self.is_terminal:
            fd = self.stream.fileno()
            self._saved = termios.tcgetattr(fd)
            tty.setcbreak(fd)  # keys arrive one by one; ISIG stays on, so Ctrl-C still interrupts
            target = self._read_keys
        else:
            target = self._read_lines
        self._thread = threading.Thread(target=target, name="judge-keys", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._saved is not None:
            termios.tcsetattr(self.stream.fileno(), termios.TCSADRAIN, self._saved)
            self._saved = None

    def __enter__(self) -> "KeyReader":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _read_keys(self) -> None:
        fd = self.stream.fileno()
        while not self._stop.is_set():
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready and not self._stop.is_set():
                data = os.read(fd, 32)
                if not data:
                    self.on_key(EOF)
                    return
                for char in data.decode("utf-8", "replace"):
                    self.on_key(char.lower())

    def _read_lines(self) -> None:
        try:
            for line in self.stream:
                if self._stop.is_set():
                    return
                if line.strip():
                    self.on_key(line.strip()[0].lower())
        except (ValueError, OSError):
            pass
        self.on_key(EOF)


class RoundDisplay:
    """What both displays share: the events of a round, each shown once."""

    def __init__(self, console: Console, problem: Problem, path, round_: Round):
        self.console = console
        self.problem = problem
        self.path = path
        self.round = round_

    def intro(self, reason: str, part: str = "") -> None:
        show_problem(self.console, self.problem)
        prefix = f"{part}: " if part else ""
        self.console.print(f"{prefix}{escape(self.problem.id)} · {escape(reason)} · "
                           f"{clock_text(self.round.limit_s)} on the clock · edit {escape(visible_name(str(self.path)))}",
                           highlight=False)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        pass


class LiveDisplay(RoundDisplay):
    """One panel redrawn in place: countdown, last check, submissions, keys."""

    def __init__(self, console: Console, problem: Problem, path, round_: Round):
        super().__init__(console, problem, path, round_)
        self.status = f"waiting for your first save of {path}"
        self.last: Check | None = None
        self._rendered: tuple = (None, Text())
        self.live = Live(get_renderable=self.render, console=console, refresh_per_second=4, transient=False)

    def __enter__(self) -> "LiveDisplay":
        self.live.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.live.refresh()
        self.live.stop()

    def render(self) -> Panel:
        round_ = self.round
        remaining = round_.remaining()
        style = "bold red" if remaining <= 60 else "bold yellow" if remaining <= 300 else "bold green"
        header = Table.grid(expand=True)
        header.add_column()
        header.add_column(justify="right")
        clock = Text(f"⏱ {clock_text(remaining)} left", style=style)
        if round_.phase is Phase.PAUSED:
            clock.append("  (paused)", style="dim")
        header.add_row(Text(visible_name(str(self.path)), style="dim"), clock)
        body = [header, Text(self.status, style="italic")]
        if self.last is not None:
            body.append(self._report())
        if round_.submissions:
            line = Text("submissions: ")
            for check in round_.submissions:
                line.append_text(verdict_mark(check))
                line.append(f" {clock_text(check.elapsed_s)}  ", style="dim")
            body.append(line)
        body.append(Text("round over" if round_.ended else key_help(round_), style="dim"))
        return Panel(Group(*body), title=f"{escape(self.problem.title)} [dim]({self.problem.id})[/]",
                     title_align="left")

    def _report(self) -> Text:
        """The last result's report, rendered once per result and width (the panel redraws 4 times a second)."""
        width = max(40, self.console.width - 4)
        key = (id(self.last), width)
        if self._rendered[0] != key:
            self._rendered = (key, report_text(self.last, width))
        return self._rendered[1]

    def refresh(self) -> None:
        pass  # Live redraws on its own, four times a second

    def note(self, text: str) -> None:
        self.status = text

    def checked(self, check: Check) -> None:
        self.last = check
        self.status = f"save at {clock_text(check.elapsed_s)}: {_verdict_words(check)}"

    def judged(self, check: Check) -> None:
        self.last = check
        what = "time is up; the last saved version" if check.kind == "final" else "submission"
        self.status = f"{what} at {clock_text(check.elapsed_s)}: {_verdict_words(check)}"


class PlainDisplay(RoundDisplay):
    """Plain lines: each event once, the countdown at milestones."""

    def __init__(self, console: Console, problem: Problem, path, round_: Round, keys_are_lines: bool):
        super().__init__(console, problem, path, round_)
        self.said = {m for m in MILESTONES_S if m >= round_.limit_s}
        self.keys_are_lines = keys_are_lines

    def __enter__(self) -> "PlainDisplay":
        """Said once saves are watched and the clock runs: from here on, a save is checked."""
        how = "type a letter and Enter" if self.keys_are_lines else "press a key"
        self.line(f"round started; {how}: {key_help(self.round)}")
        return self

    def line(self, text: str) -> None:
        self.console.print(f"judge: [{clock_text(self.round.elapsed())}] {escape(text)}", highlight=False)

    def refresh(self) -> None:
        remaining = self.round.remaining()
        due = [m for m in MILESTONES_S if m not in self.said and remaining <= m]
        if due and self.round.phase is Phase.RUNNING:
            self.said.update(due)
            self.line(f"{clock_text(min(due))} left")

    def note(self, text: str) -> None:
        self.line(text)

    def checked(self, check: Check) -> None:
        self.line(f"check: {_verdict_words(check)}")

    def judged(self, check: Check) -> None:
        what = "last saved version" if check.kind == "final" else "submission"
        self.line(f"{what}: {_verdict_words(check)}")
        if check.result is not None:
            TerminalReport(self.console).show(check.result)


def _verdict_words(check: Check) -> str:
    if check.result is None:
        return f"not judged: {check.problem}"
    result = check.result
    words = f"{result.verdict.value} {result.verdict.title}, {result.passed}/{result.total} passed"
    detail = failure_line(check)
    return f"{words} — {detail}" if detail and result.verdict is not Verdict.AC else words


OUTCOME_WORDS = {"accepted": "Accepted", "timeout": "Time is up", "gave_up": "Gave up", "quit": "Ended early"}


def show_summary(console: Console, report) -> None:
    """The end of a round: how it ended, every submission, complexity notes, and the review date."""
    round_ = report.round
    problem = report.problem
    outcome = OUTCOME_WORDS.get(round_.outcome, round_.outcome)
    if round_.outcome == "accepted":
        headline = f"Accepted in {clock_text(round_.solve_s)} of {clock_text(round_.limit_s)}"
        style = "bold green"
    else:
        headline = f"{outcome} at {clock_text(min(round_.elapsed(), round_.limit_s))} of {clock_text(round_.limit_s)}"
        style = "bold yellow" if round_.outcome == "timeout" else "bold red"
    count, wrong = len(round_.submissions), round_.wrong_submissions
    headline += f" · {count} submission{'s' * (count != 1)}" + (f" ({wrong} not accepted)" if wrong else "")
    headline += f" · {len(round_.checks)} check{'s' * (len(round_.checks) != 1)} on save"
    console.print(Text(f"\n{problem.title} ({problem.id}): ", style="bold") + Text(headline, style=style))
    if round_.submissions:
        table = Table(box=None, pad_edge=False, show_header=True, header_style="dim")
        for column in ("#", "at", "kind", "verdict", "passed", "first failure"):
            table.add_column(column, no_wrap=column != "first failure", overflow="fold")
        for number, check in enumerate(round_.submissions, 1):
            passed = f"{check.result.passed}/{check.result.total}" if check.result else "-"
            table.add_row(str(number), clock_text(check.elapsed_s), check.kind, verdict_mark(check), passed,
                          escape(failure_line(check)))
        console.print(table)
    notes = [f"expected time complexity {problem.complexity}"] if problem.complexity else []
    measured = [complexity_note(check.result) for check in round_.submissions]
    notes += [note if note.startswith("measured") else f"measured: {note}" for note in measured if note][-1:]
    if notes:
        console.print("complexity: " + "; ".join(escape(note) for note in notes), highlight=False)
    card = report.card
    if card is not None:
        days = card.interval_days
        console.print(f"review: back in your queue in {days:g} day{'s' * (days != 1)}", highlight=False)
    console.print(f"your code: {escape(visible_name(str(report.path)))}", highlight=False)


def show_reference(console: Console, problem: Problem, live: bool) -> None:
    source = (problem.folder / "reference.py").read_text(encoding="utf-8")
    console.print(Text(f"\nReference solution for {problem.id}:", style="bold"))
    if live:
        from rich.syntax import Syntax

        console.print(Syntax(source, "python", line_numbers=False))
    else:
        console.print(source, highlight=False, markup=False)


def make_display(console: Console, problem: Problem, path, round_: Round, live: bool,
                 keys_are_lines: bool) -> RoundDisplay:
    if live:
        return LiveDisplay(console, problem, path, round_)
    return PlainDisplay(console, problem, path, round_, keys_are_lines)
