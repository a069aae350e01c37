"""The grading run in a terminal or a CI log: progress while it runs, then a table and the failures."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from judge.grading.describe import details, headline
from judge.grading.grader import Graded
from judge.grading.summary import GradeReport
from judge.report import STYLES
from judge.text import visible, visible_name


class GradeProgress:
    """A progress bar on a terminal; in a log (not a terminal), a line per solution as it finishes."""

    def __init__(self, console: Console, total: int):
        self.console = console
        self.total = total
        self.done = 0
        self.progress: Progress | None = None
        if console.is_terminal and total:
            self.progress = Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                     TextColumn("left"), TimeRemainingColumn(), console=console, transient=True,
                                     auto_refresh=False)  # no refresher thread: the grader forks its workers
            self.task = self.progress.add_task("grading", total=total)

    def __enter__(self) -> "GradeProgress":
        if self.progress is not None:
            self.progress.start()
            self.progress.refresh()
        return self

    def __exit__(self, *exc_info) -> None:
        if self.progress is not None:
            self.progress.stop()

    def graded(self, graded: Graded) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress.advance(self.task)
            self.progress.refresh()
            return
        self.console.print(f"judge: [{self.done}/{self.total}] {graded.verdict.value:<3} {escape(visible_name(graded.solution.display))}"
                           f" ({graded.solution.problem_id}) {graded.duration_s:.1f} s", highlight=False)


def show_report(console: Console, report: GradeReport) -> None:
    if report.graded:
        console.print(_table(report))
    for graded in report.rejected:
        style = STYLES[graded.verdict]
        console.print(f"[{style}]✘ {graded.verdict.value}[/] {escape(visible_name(graded.solution.display))} "
                      f"({graded.solution.problem_id}): {escape(headline(graded))}", highlight=False)
        for line in details(graded):
            console.print(f"    {escape(line)}", highlight=False)
    for file in report.unmatched:
        console.print(f"[yellow]? not graded[/] {escape(visible_name(file.display))}: {escape(visible(file.reason))}", highlight=False)
    style = "green" if report.ok else "red"
    where = f" (shard {report.shard})" if report.shard else ""
    console.print(f"\n[bold {style}]{escape(report.counts_line())}[/]{where} in {report.elapsed_s:.1f} s",
                  highlight=False)


def _table(report: GradeReport) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for name, justify in (("", "left"), ("solution", "left"), ("problem", "left"), ("cases", "right"),
                          ("time", "right")):
        table.add_column(name, justify=justify, overflow="fold")
    for graded in report.graded:
        result = graded.result
        table.add_row(f"[{STYLES[graded.verdict]}]{'✔' if graded.accepted else '✘'} {graded.verdict.value}[/]",
                      escape(visible_name(graded.solution.display)), graded.solution.problem_id,
                      f"{result.passed}/{result.total}" if result is not None else "-", f"{graded.duration_s:.1f} s")
    return table
