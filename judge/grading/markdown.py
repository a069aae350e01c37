"""`--markdown` and `$GITHUB_STEP_SUMMARY`: the grading run as a Markdown table with the failures below it."""

from __future__ import annotations

import html
import re

from judge.grading.describe import details, headline
from judge.grading.grader import Graded
from judge.grading.summary import GradeReport
from judge.text import visible, visible_name

MARKS = {True: "✅", False: "❌"}


def grade_markdown(report: GradeReport) -> str:
    title = "judge grade" + (f" (shard {report.shard})" if report.shard else "")
    lines = [f"## {title}: {report.counts_line()}", ""]
    if report.graded:
        lines += ["| | solution | problem | verdict | cases | time |", "| --- | --- | --- | --- | --- | --- |"]
        lines += [_row(graded) for graded in report.graded]
        lines.append("")
    for graded in report.rejected:
        lines += _failure(graded)
    if report.unmatched:
        lines += ["Files that match no problem (not graded):", ""]
        lines += [f"- {_code(file.display)}: {_cell(visible(file.reason))}" for file in report.unmatched]
        lines.append("")
    return "\n".join(lines) + "\n"


def _row(graded: Graded) -> str:
    result = graded.result
    cases = f"{result.passed}/{result.total}" if result is not None else ""
    verdict = graded.verdict.title if graded.accepted else headline(graded)
    return (f"| {MARKS[graded.accepted]} | {_code(graded.solution.display)} | {graded.solution.problem_id} | "
            f"{_cell(verdict)} | {cases} | {graded.duration_s:.1f} s |")


def _failure(graded: Graded) -> list[str]:
    facts = details(graded)
    if not facts:
        return [f"- {MARKS[False]} {_code(graded.solution.display)}: {_cell(headline(graded))}", ""]
    summary = (f"{MARKS[False]} <code>{html.escape(visible_name(graded.solution.display))}</code>: "
               f"{html.escape(headline(graded))}")
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", "\n".join(facts))), default=0))
    return ["<details>", f"<summary>{summary}</summary>", "", fence + "text", *facts, fence, "", "</details>", ""]


def _cell(text: str) -> str:
    """Table cells are one line, and a pipe would end the cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _code(name: str) -> str:
    """A file name as code: one that is not UTF-8 shows its bytes escaped (\\udcff)."""
    name = visible_name(name)
    return f"`{name}`" if "`" not in name else f"``{name}``"
