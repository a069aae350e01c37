"""`judge watch`: re-judge a file on every save, outside a timed round.

It runs at once, then after each save (a burst of editor events is one save), and
a save while a run is in progress makes that run's result worthless: it is
cancelled and only the newest result is shown, on a cleared screen.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TextIO

from rich.console import Console

from judge.practice.checks import Check, Checker
from judge.practice.session import Events
from judge.practice.terminal import KeyReader, passes_words
from judge.practice.watch import FileWatcher, LatestRunner
from judge.report import TerminalReport


class WatchScreen:
    """One result at a time: a cleared screen on a terminal, a separator line elsewhere."""

    def __init__(self, console: Console, problem_id: str, path: Path, live: bool):
        self.console = console
        self.problem_id = problem_id
        self.path = path
        self.live = live
        self.runs = 0

    def header(self, status: str) -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        self.console.print(f"judge watch {self.problem_id} {self.path} · {stamp} · {status}",
                           highlight=False, markup=False, style="dim" if self.live else None)

    def running(self) -> None:
        self.console.print("judge: saved: running…", highlight=False, markup=False, style="dim" if self.live else None)

    def show(self, check: Check, full: bool = False) -> None:
        self.runs += 1
        if self.live:
            self.console.clear()
        else:
            self.console.print("─" * 40, highlight=False)
        self.header(f"run {self.runs} · save to re-run · q or Ctrl-C stops")
        if check.result is None:
            self.console.print(f"judge: error: {check.problem}", highlight=False, markup=False)
        elif check.accepted and not full:  # the examples and a few small cases: no verdict, never "Accepted"
            self.console.print(f"✔ {passes_words(check)} · `judge run` judges every case", highlight=False,
                               markup=False, style="green" if self.live else None)
        else:
            TerminalReport(self.console).show(check.result)

    def error(self, error: BaseException) -> None:
        self.console.print(f"judge: error: {error}", highlight=False, markup=False)


def watch(checker: Checker, console: Console, live: bool, stdin: TextIO, full: bool = False) -> int:
    """Until `q` (exit 0) or Ctrl-C (KeyboardInterrupt); returns the number of results shown."""
    events = Events()
    screen = WatchScreen(console, checker.problem.id, checker.path, live)

    def job(cancelled) -> Check:
        return checker.full("check") if full else checker.quick(0.0, cancelled)

    runner = LatestRunner(job, lambda check: events.put("checked", check), lambda error: events.put("error", error))
    with FileWatcher(checker.path, lambda: events.put("saved")), KeyReader(stdin, events.key):
        screen.header("first run…")
        runner.trigger()  # once saves are watched, so none is missed
        while True:
            event = events.next(0.5)
            if event is None:
                continue
            kind, value = event
            if kind == "saved":
                screen.running()
                runner.trigger()
            elif kind == "checked":
                screen.show(value, full)
            elif kind == "error":
                screen.error(value)
            elif kind == "key" and value == "q":
                runner.cancel()
                return screen.runs
            elif kind == "key" and value == "r":
                runner.trigger()
            # any other key, or the input closing (EOF), changes nothing: keep watching until q or Ctrl-C
