"""Problems in the terminal: the catalogue table and a rendered statement."""

from __future__ import annotations

import json
import re

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from judge.image import CONTENTS, TORCH_CONTENTS
from judge.problem import Problem
from judge.starter import starter_source
from judge_worker import leetcode

DIFFICULTY_STYLES = {"easy": "green", "medium": "yellow", "hard": "red"}


def problems_table(problems: list[Problem], width: int, marks: dict | None = None) -> Text:
    """The catalogue, a line a problem, marked with the user's progress; ids are LeetCode's slugs and
    read as titles, so a narrow terminal keeps them whole and drops the titles, then cuts the tags."""
    from judge.catalog import PROGRESS_MARKS, Progress

    marks = marks or {}
    id_width = max((len(p.id) for p in problems), default=2)
    with_titles = width >= id_width + 92
    title_width = max((len(p.title) for p in problems), default=5) if with_titles else 0
    solved = sum(1 for p in problems if marks.get(p.id) is Progress.SOLVED)
    lines = Text()
    lines.append(f"{len(problems)} problem{'' if len(problems) == 1 else 's'}, {solved} solved\n", style="bold")
    for p in problems:
        line = Text()
        line.append(PROGRESS_MARKS[marks.get(p.id, Progress.UNSEEN)] + " ", style="green")
        line.append(f"{p.track:<5} ")
        line.append(f"{p.difficulty:<7}", style=DIFFICULTY_STYLES.get(p.difficulty, ""))
        line.append(f" {p.id:<{id_width}}  ")
        if with_titles:
            line.append(f"{p.title:<{title_width}}  ")
        line.append(", ".join(p.tags), style="dim")
        line.truncate(width, overflow="ellipsis")
        lines.append(line)
        lines.append("\n")
    return lines


def problems_tsv(problems: list[Problem], marks: dict | None = None) -> str:
    """The catalogue for a pipe: id, title, track, difficulty, tags, LeetCode number, progress;
    tab-separated, uncut."""
    from judge.catalog import Progress

    marks = marks or {}
    return "".join(f"{p.id}\t{p.title}\t{p.track}\t{p.difficulty}\t{','.join(p.tags)}\t{p.leetcode or ''}\t"
                   f"{marks.get(p.id, Progress.UNSEEN).value}\n" for p in problems)


def _examples(problem: Problem) -> list[Text]:
    blocks = []
    for index, example in enumerate(problem.examples, 1):
        arguments = ", ".join(f"{name} = {json.dumps(value)}" for name, value in example.input.items())
        block = Text(f"Example {index}\n", style="bold")
        block.append(f"  Input:  {arguments}\n  Output: {json.dumps(example.output)}", style="cyan")
        if example.explanation:
            block.append(f"\n  {example.explanation.strip()}", style="dim")
        blocks += [block, Text("")]
    return blocks


def environment_note(frameworks: tuple[str, ...] = ("numpy",)) -> str:
    """What a submission may use without importing it, and what it can import (problems/README.md has the why);
    a problem declaring torch runs in the torch image."""
    return (f"Sandbox: {TORCH_CONTENTS if 'torch' in frameworks else CONTENTS}.\n"
            f"Predefined as on LeetCode's Python 3.11: every name from {', '.join(leetcode.STAR_IMPORTS)}; "
            f"the modules {', '.join(leetcode.MODULES)} (a module wins over its namesake function: "
            f"bisect.bisect_left works); ListNode, TreeNode, SortedList, SortedDict, SortedSet. "
            f"Sources and differences: problems/README.md.")


_DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.S)
_INLINE_MATH = re.compile(r"(?<![\\$])\$([^$\n]+?)\$(?!\$)")


def math_as_text(markdown: str) -> str:
    """LaTeX math ($...$, $$...$$) as Unicode text in code spans: Markdown would read its underscores as
    emphasis and eat them (`(x)_{ij}` became `(x)ij`); a terminal cannot typeset it, so it reads it."""
    from pylatexenc.latex2text import LatexNodes2Text

    to_text = LatexNodes2Text(math_mode="text").latex_to_text

    def display(found: re.Match) -> str:
        return "\n```\n" + to_text(found[1].strip()) + "\n```\n"

    def inline(found: re.Match) -> str:
        return "`" + to_text(found[1]).replace("`", "'") + "`"

    return _INLINE_MATH.sub(inline, _DISPLAY_MATH.sub(display, markdown))


def show_problem(console: Console, problem: Problem, hints: int = 0) -> None:
    """The statement panel; with `hints`, the first that many of the problem's progressive hints after it."""
    limits = problem.limits
    facts = (f"{problem.track} · {problem.difficulty} · {', '.join(problem.tags)}\n"
             f"limits: {limits.time_s:g} s per case, {limits.memory_mb} MB"
             + (f" · expected time {problem.complexity}" if problem.complexity else ""))
    blocks = [Text(facts, style="dim"), Text(""), Markdown(math_as_text(problem.statement.strip())), Text(""), *_examples(problem)]
    if problem.constraints:
        blocks.append(Markdown("**Constraints**\n\n" + "\n".join(f"- `{c}`" for c in problem.constraints)))
        blocks.append(Text(""))
    blocks.append(Markdown(f"**Signature**\n\n```python\n{starter_source(problem).split(chr(10), 1)[1].strip()}\n```"))
    blocks += [Text(""), Text(environment_note(problem.frameworks), style="dim")]
    console.print(Panel(Group(*blocks), title=f"{problem.title}  [dim]({problem.id})[/]", expand=True))
    if hints:
        console.print(hints_panel(problem, hints))


def hints_panel(problem: Problem, count: int, next_one: str = "--hints {n}") -> Panel:
    """Hints are progressive: the first nudges, the last is nearly the approach; show only as many as asked.
    `next_one` says how to see the next ({n} is its number): an option here, a key in a practice round."""
    shown = problem.hints[:count]
    if not shown:
        return Panel(Text("This problem has no hints.", style="dim"), title="Hints")
    body = Text()
    for index, hint in enumerate(shown, 1):
        body.append(f"{index}. ", style="bold")
        body.append(hint.strip() + ("\n" if index < len(shown) else ""))
    more = len(problem.hints) - len(shown)
    footer = f"{more} more: {next_one.format(n=len(shown) + 1)}" if more else None
    return Panel(body, title=f"Hints ({len(shown)} of {len(problem.hints)})", subtitle=footer, expand=True)


def _passed_details(outcome) -> str:
    """A verified problem's line: its checks, and how far each slow submission is over the limit."""
    slow = ", ".join(f"{file} {times}" for file, times in outcome.slow_margins.items())
    return f"{len(outcome.checks)} checks" + (f"; margins: {slow}" if slow else "")


def verification_table(outcomes) -> Table:
    table = Table(title="judge verify", title_justify="left", box=None, pad_edge=False)
    table.add_column("problem", no_wrap=True)
    for column in ("result", "reference", "limit"):
        table.add_column(column, no_wrap=True, min_width=len("reference"))
    table.add_column("details", overflow="fold")
    for outcome in outcomes:
        status = "[green]ok[/]" if outcome.ok else "[red]FAIL[/]"
        details = "see below" if outcome.failures else _passed_details(outcome)
        table.add_row(outcome.problem_id, status, f"{outcome.reference_ms:.0f} ms", f"{outcome.time_limit_ms:.0f} ms",
                      details)
    table.caption = _verified(outcomes)
    table.caption_justify = "left"
    return table


def verification_tsv(outcomes) -> str:
    """The verification for a pipe (a CI log): problem, ok or FAIL, reference ms, limit ms, details; tab-separated,
    uncut, then the count."""
    lines = [f"{o.problem_id}\t{'ok' if o.ok else 'FAIL'}\t{o.reference_ms:.0f} ms\t{o.time_limit_ms:.0f} ms\t"
             f"{'see below' if o.failures else _passed_details(o)}\n" for o in outcomes]
    return "".join(lines) + _verified(outcomes) + "\n"


def _verified(outcomes) -> str:
    return f"{sum(1 for outcome in outcomes if outcome.ok)}/{len(outcomes)} problems verified"


def verification_failures(outcomes) -> list[str]:
    """A whole line per failed check, after the table: a table squeezed into a CI log's 80 columns
    has no room left for them."""
    return [f"FAIL {outcome.problem_id}: {check.what}: {check.detail}" if check.detail else
            f"FAIL {outcome.problem_id}: {check.what}" for outcome in outcomes for check in outcome.failures]
