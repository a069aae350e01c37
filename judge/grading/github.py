"""GitHub Actions: `::error file=...` annotations on the files, and the Markdown job summary.

Both are only written inside GitHub Actions (GITHUB_ACTIONS=true, GITHUB_STEP_SUMMARY
set), where the runner turns them into marks on the pull request's diff and a page
on the run; anywhere else they would be noise.
"""

from __future__ import annotations

import os
from pathlib import Path

from judge.grading.describe import details, headline, line_of
from judge.grading.grader import Graded
from judge.grading.markdown import grade_markdown
from judge.grading.summary import GradeReport
from judge.text import visible, visible_name


def on_github() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def annotations(report: GradeReport) -> list[str]:
    """An ::error per solution not accepted, a ::warning per file that matches no problem."""
    lines = [_annotation("error", graded.solution.display, _title(graded),
                         "\n".join([headline(graded), *details(graded)]), line_of(graded))
             for graded in report.rejected]
    lines += [_annotation("warning", file.display, "judge: not graded", visible(file.reason))
              for file in report.unmatched]
    return lines


def append_step_summary(report: GradeReport) -> Path | None:
    """Append the Markdown summary to $GITHUB_STEP_SUMMARY when it is set; the file written, or None."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    with open(target, "a", encoding="utf-8", errors="backslashreplace") as summary:
        summary.write(grade_markdown(report))
    return Path(target)


def _title(graded: Graded) -> str:
    return f"judge: {graded.verdict.title} ({graded.solution.problem_id})"


def _annotation(level: str, file: str, title: str, message: str, line: int | None = None) -> str:
    properties = f"file={_property(visible_name(file))}"
    if line:
        properties += f",line={line}"
    properties += f",title={_property(title)}"
    return f"::{level} {properties}::{_data(message)}"


def _data(text: str) -> str:
    """Workflow-command escaping, as @actions/core does it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
