"""Problems in the terminal: the catalogue table and a rendered statement."""

from __future__ import annotations

import json

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table

from judge.problem import Problem
from judge.starter import starter_source

DIFFICULTY_STYLES = {"easy": "green", "medium": "yellow", "hard": "red"}


def problems_table(problems: list[Problem]) -> Table:
    table = Table(title=f"{len(problems)} problems", title_justify="left", box=None, pad_edge=False)
    for column in ("id", "title", "track", "difficulty", "tags"):
        table.add_column(column)
    for p in problems:
        style = DIFFICULTY_STYLES.get(p.difficulty, "")
        table.add_row(p.id, p.title, p.track, f"[{style}]{p.difficulty}[/]", ", ".join(p.tags))
    return table


def _examples_markdown(problem: Problem) -> str:
    parts = []
    for index, example in enumerate(problem.examples, 1):
        arguments = ", ".join(f"{name} = {json.dumps(value)}" for name, value in example.input.items())
        text = f"**Example {index}**\n\n```\nInput:  {arguments}\nOutput: {json.dumps(example.output)}\n```"
        if example.explanation:
            text += f"\n\n{example.explanation}"
        parts.append(text)
    return "\n\n".join(parts)


def show_problem(console: Console, problem: Problem) -> None:
    limits = problem.limits
    facts = (f"{problem.track} · {problem.difficulty} · {', '.join(problem.tags)}\n"
             f"limits: {limits.time_s:g} s per case, {limits.memory_mb} MB"
             + (f" · expected time {problem.complexity}" if problem.complexity else ""))
    blocks = [Markdown(problem.statement), Markdown(_examples_markdown(problem))]
    if problem.constraints:
        blocks.append(Markdown("**Constraints**\n\n" + "\n".join(f"- `{c}`" for c in problem.constraints)))
    blocks.append(Markdown(f"**Signature**\n\n```python\n{starter_source(problem).split(chr(10), 1)[1].strip()}\n```"))
    console.print(Panel(Group(*blocks), title=f"{problem.title}  [dim]({problem.id})[/]", subtitle=facts,
                        subtitle_align="left", expand=True))


def verification_table(outcomes) -> Table:
    table = Table(title="judge verify", title_justify="left", box=None, pad_edge=False)
    for column in ("problem", "result", "reference", "limit", "details"):
        table.add_column(column)
    for outcome in outcomes:
        status = "[green]ok[/]" if outcome.ok else "[red]FAIL[/]"
        details = "; ".join(f"{c.what}: {c.detail}" for c in outcome.failures) or f"{len(outcome.checks)} checks"
        table.add_row(outcome.problem_id, status, f"{outcome.reference_ms:.0f} ms", f"{outcome.time_limit_ms:.0f} ms",
                      details)
    passed = sum(1 for outcome in outcomes if outcome.ok)
    table.caption = f"{passed}/{len(outcomes)} problems verified"
    table.caption_justify = "left"
    return table
