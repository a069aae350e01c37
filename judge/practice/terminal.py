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

from judge.practice.checks import Check, failure_line
from judge.complexity.growth import expected_text
from judge.practice.estimates import Board, EstimatePrompt, board_of
from judge.practice.round import Ask, Phase, Round
from judge.problem import Problem
from judge.report import STYLES, TerminalReport
from judge.text import visible_name
from judge.verdict import Verdict
from judge.views import hints_panel, show_problem

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
    keys = "[s] submit  [r] re-run  [v] statement  [h] hint  [c] complexity  [g] give up  [q] quit"
    return keys + ("  [p] pause" if round_.casual else "")


def question(ask: Ask, parts_after: int = 0) -> str:
    """What a key that asks first says; in a mock, quitting says it ends every part left."""
    if ask is Ask.GIVE_UP:
        return "press g again to give up"
    if ask is Ask.QUIT:
        if parts_after:
            left = "the next part" if parts_after == 1 else f"the {parts_after} parts left"
            return f"press q again to end the whole mock interview: {left} will not start (g g ends this part only)"
        return "press q again to end the round"
    return "your file is still the starter: press s again to submit it anyway"


def one_line(text: str, width: int) -> str:
    """Cut to one line of `width` columns, marked with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:max(1, width - 1)] + "…"


def passes_words(check: Check) -> str:
    """A passing quick check is no verdict: it ran the examples and a few small cases only."""
    result = check.result
    small = any(case.case.source != "example" for case in result.cases)
    what = "examples and small cases pass" if small else "examples pass"
    return f"{what} ({result.passed}/{result.total})"


class KeyReader:
    """Calls on_key(char) from a background thread: single keys from a terminal; from a pipe, on_line(line)
    when given (a line may answer a question), else on_key of each line's first letter."""

    def __init__(self, stream: TextIO, on_key: Callable[[str], None],
                 on_line: Callable[[str], None] | None = None):
        self.stream = stream
        self.on_key = on_key
        self.on_line = on_line
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
            # Keys arrive one by one; ISIG stays on, so Ctrl-C still interrupts. TCSANOW, not the default
            # TCSAFLUSH: a key pressed while the round was starting is kept, not thrown away.
            tty.setcbreak(fd, termios.TCSANOW)
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
                if self.on_line is not None:
                    self.on_line(line.rstrip("\r\n"))
                elif line.strip():
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
        self.parts_after = 0  # in a mock, the parts that follow this one

    def statement(self) -> None:
        """The statement again, above the round's panel (printed, it scrolls; this brings it back)."""
        show_problem(self.console, self.problem)

    def hints(self, count: int) -> None:
        """The first `count` hints, the new one last."""
        self.console.print(hints_panel(self.problem, count, next_one="press h"))

    def board(self) -> Table | None:
        """After a submission, once you have said your complexity: yours beside the measured and expected."""
        if self.round.stated_time is None and self.round.stated_space is None:
            return None
        return board_table(board_of(self.round, expected_text(self.problem.complexity),
                                    expected_text(self.problem.space)))

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
        self.last: Check | None = None  # the last result with a report worth showing, until a new run starts
        self.prompt: EstimatePrompt | None = None
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
        body = [header]
        if round_.submitting:  # from the round's state, so it goes as soon as the verdict is in
            body.append(Text("judging your submission: every hidden case, then a property search…", style="italic"))
        if self.status:
            body.append(Text(self.status, style="italic", no_wrap=True, overflow="ellipsis"))
        if self.last is not None:
            body.append(self._report())
            board = self.board() if self.last.kind != "check" else None
            if board is not None:
                body.append(board)
        if round_.submissions:
            line = Text("submissions: ")
            for check in round_.submissions:
                line.append_text(verdict_mark(check))
                line.append(f" {clock_text(check.elapsed_s)}  ", style="dim")
            body.append(line)
        body.append(self._footer())
        return Panel(Group(*body), title=f"{escape(self.problem.title)} [dim]({self.problem.id})[/]",
                     title_align="left")

    def _footer(self) -> Text:
        """The keys, or what is being asked now: a question lapses with the round's confirmation window."""
        if self.round.ended:
            return Text("round over", style="dim")
        if self.prompt is not None and not self.prompt.done:
            line = Text(self.prompt.question + " ", style="bold") + Text(self.prompt.buffer + "▌", style="bold cyan")
            return line + Text("\n" + self.prompt.error, style="red") if self.prompt.error else line
        asking = self.round.asking()
        if asking is not None:
            return Text(question(asking, self.parts_after), style="bold yellow")
        return Text(key_help(self.round), style="dim")

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

    def started(self, text: str) -> None:
        """A new run: the last result's report goes, so nothing finished sits under a line saying "checking"."""
        self.status = text
        self.last = None

    def submitted(self, elapsed_s: float) -> None:
        self.started("")  # the panel says "judging your submission" while the round is submitting

    def asked(self, ask: Ask) -> None:
        pass  # the footer shows the question while it stands

    def prompting(self, prompt: EstimatePrompt | None) -> None:
        self.prompt = prompt

    def checked(self, check: Check) -> None:
        self.last = None if check.accepted else check  # a passing quick check is one line, not a report
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
        self._asked_last: tuple[str, str] | None = None  # the prompt's question and refusal, last printed
        self._typed: str | None = None  # the answer echoed so far on a terminal, while one is typed

    def __enter__(self) -> "PlainDisplay":
        """Said once saves are watched and the clock runs: from here on, a save is checked."""
        how = "type a letter and Enter" if self.keys_are_lines else "press a key"
        self.line(f"round started; {how}: {key_help(self.round)}")
        return self

    def line(self, text: str, cut: bool = False) -> None:
        """A line of the round's log; `cut`: one line at the console's width, whatever the text."""
        text = f"judge: [{clock_text(self.round.elapsed())}] {text}"
        self.console.print(escape(one_line(text, self.console.width) if cut else text), highlight=False)

    def refresh(self) -> None:
        remaining = self.round.remaining()
        due = [m for m in MILESTONES_S if m not in self.said and remaining <= m]
        if due and self.round.phase is Phase.RUNNING:
            self.said.update(due)
            self.line(f"{clock_text(min(due))} left")

    def note(self, text: str) -> None:
        self.line(text)

    def started(self, text: str) -> None:
        self.line(text)

    def submitted(self, elapsed_s: float) -> None:
        self.line(f"submitted at {clock_text(elapsed_s)}: judging every case, then a property search…")

    def asked(self, ask: Ask) -> None:
        self.line(question(ask, self.parts_after))

    def prompting(self, prompt: EstimatePrompt | None) -> None:
        """The question once, and each refusal once. Keys from a terminal are echoed after the question
        (the terminal is in cbreak mode, so it echoes nothing itself); lines from a pipe need no echo."""
        said = None if prompt is None or prompt.done else (prompt.question, prompt.error)
        if said != self._asked_last:
            if self._typed is not None:
                self._write("\n")  # end the line the answer was typed on
                self._typed = None
            self._asked_last = said
            if said is None:
                return
            if prompt.error:
                self.line(prompt.error)
            if self.keys_are_lines:
                self.line(prompt.question)
                return
            self._write(f"judge: [{clock_text(self.round.elapsed())}] {prompt.question} ")
            self._typed = ""
        if self._typed is not None and prompt.buffer != self._typed:
            kept = len(os.path.commonprefix([prompt.buffer, self._typed]))
            self._write("\b \b" * (len(self._typed) - kept) + prompt.buffer[kept:])
            self._typed = prompt.buffer

    def _write(self, text: str) -> None:
        self.console.file.write(text)
        self.console.file.flush()

    def checked(self, check: Check) -> None:
        self.line(f"check: {_verdict_words(check)}", cut=True)

    def judged(self, check: Check) -> None:
        what = "last saved version" if check.kind == "final" else "submission"
        self.line(f"{what}: {_verdict_words(check)}", cut=True)  # the report below has the whole failure
        if check.result is not None:
            TerminalReport(self.console).show(check.result)
        board = self.board()
        if board is not None:
            self.console.print(board)


def _verdict_words(check: Check) -> str:
    if check.result is None:
        return f"not judged: {check.problem}"
    if check.kind == "check" and check.accepted:
        return passes_words(check)
    result = check.result
    words = f"{result.verdict.value} {result.verdict.title}, {result.passed}/{result.total} passed"
    detail = failure_line(check)
    return f"{words} — {detail}" if detail and result.verdict is not Verdict.AC else words


OUTCOME_WORDS = {"accepted": "Accepted", "timeout": "Time is up", "gave_up": "Gave up", "quit": "Ended early"}


def board_table(board: Board) -> Table:
    """Your complexity, the measured one and the expected one, side by side."""
    table = Table(box=None, pad_edge=False, show_header=True, header_style="dim")
    for column in ("complexity", "you said", "measured", "expected"):
        table.add_column(column, no_wrap=True)
    for row in board.rows():
        table.add_row(*row)
    return table


def show_summary(console: Console, report, part: str = "") -> None:
    """The end of a round: how it ended, every submission, the complexity board, hints, and the review date."""
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
    prefix = f"{part}: " if part else ""
    console.print(Text(f"\n{prefix}{problem.title} ({problem.id}): ", style="bold") + Text(headline, style=style))
    if round_.submissions:
        table = Table(box=None, pad_edge=False, show_header=True, header_style="dim")
        for column in ("#", "at", "kind", "verdict", "passed", "first failure"):
            table.add_column(column, no_wrap=column != "first failure", overflow="fold")
        for number, check in enumerate(round_.submissions, 1):
            passed = f"{check.result.passed}/{check.result.total}" if check.result else "-"
            table.add_row(str(number), clock_text(check.elapsed_s), check.kind, verdict_mark(check), passed,
                          escape(failure_line(check)))
        console.print(table)
    board = report.board
    if board.stated_time or board.stated_space or board.measured_time or board.expected_time:
        console.print(board_table(board))
    if problem.hints:
        console.print(f"hints: {round_.hints_used} of {len(problem.hints)} used", highlight=False)
    card = report.card
    if card is not None:
        days = card.interval_days
        console.print(f"review: back in your queue in {days:g} day{'s' * (days != 1)}", highlight=False)
    console.print(f"your code: {escape(visible_name(str(report.path)))}", highlight=False)


def show_mock_summary(console: Console, reports: list, parts: list[str]) -> None:
    """One summary of a whole mock interview: every part, the ones that never started, and the shared clock."""
    accepted = sum(1 for report in reports if report.accepted)
    used = sum(min(report.round.elapsed(), report.round.limit_s) for report in reports)
    total = reports[0].round.limit_s if reports else 0.0
    console.print(Text(f"\nMock interview: {accepted} of {len(parts)} parts accepted · "
                       f"{clock_text(used)} of {clock_text(total)} used", style="bold"))
    for index, name in enumerate(parts):
        label = f"part {index + 1} of {len(parts)}"
        if index < len(reports):
            show_summary(console, reports[index], label)
        else:
            why = "you ended the mock interview" if reports and reports[-1].round.outcome == "quit" else "no time left"
            console.print(Text(f"\n{label}: {name}: ", style="bold") + Text(f"not started ({why})", style="dim"))


def part_over(console: Console, report, part: str, next_part: str) -> None:
    """Between the parts of a mock: one line, the full summary comes at the end."""
    round_ = report.round
    outcome = OUTCOME_WORDS.get(round_.outcome, round_.outcome)
    console.print(f"\n{part} over: {outcome} at {clock_text(min(round_.elapsed(), round_.limit_s))} · "
                  f"{next_part} starts now; the summary of both comes at the end", highlight=False, markup=False)


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
