"""One solution's outcome in words, the same in every report (terminal, JUnit, Markdown, GitHub, pytest).

Words for people: what the submission wrote (its messages, its output) shows its control
characters as visible escapes (judge/text.py); --json keeps the exact text in `result`.
"""

from __future__ import annotations

from judge.grading.grader import Graded
from judge.tagged import brief, brief_input
from judge.text import visible
from judge.verdict import CaseResult, Verdict

LIMIT = 300  # characters of an input or an answer; reports are read by people, JSON has it all


def headline(graded: Graded) -> str:
    """`Wrong Answer on example 1 (0/40 passed)`, `Compile Error: SyntaxError: ... (line 3)`, ..."""
    return visible(_headline(graded))


def _headline(graded: Graded) -> str:
    title = graded.verdict.title
    result = graded.result
    if result is None:
        return f"{title}: {graded.message}"
    if result.verdict is Verdict.CE and result.error is not None and not result.cases:
        where = f" (line {result.error.line})" if result.error.line else ""
        return f"{title}: {result.error.message}{where}"
    failure = result.first_failure
    counts = f"{result.passed}/{result.total} passed"
    if failure is None:
        generated = f", {result.properties.examples} generated" if result.properties else ""
        return f"{title} ({counts}{generated})"
    if failure.case.source == "generated":
        return f"{title} on a generated case ({counts}; the property search found it)"
    return f"{title} on {failure.case.name} ({counts})"


def details(graded: Graded) -> list[str]:
    """The failing case, a line per fact, as `judge run` shows it; [] when there is nothing more to say.
    A smaller input that fails too (the property search's) follows the large one."""
    failure = graded.result.first_failure if graded.result is not None else None
    if failure is None:
        return []
    lines = _case_lines(failure)
    smaller = graded.result.smaller_failure
    if smaller is not None:
        lines += [f"a smaller input fails too ({smaller.verdict.value}, the smallest the property search found):"]
        lines += _case_lines(smaller)
    return [visible(line) for line in lines]


def _case_lines(failure: CaseResult) -> list[str]:
    lines = [f"input:    {brief_input(failure.case.input, LIMIT)}"] if failure.case.input else []
    if failure.verdict is Verdict.WA:
        lines += [f"expected: {brief(failure.expected, LIMIT)}", f"got:      {brief(failure.got, LIMIT)}"]
    if failure.reason:
        lines.append(f"why:      {failure.reason}")
    if failure.hint:
        lines.append(f"hint:     {failure.hint}")
    if failure.error is not None and failure.error.line:
        lines.append(f"line:     {failure.error.line}")
    return lines


def line_of(graded: Graded) -> int | None:
    """The line in the solution to point at (a syntax error, the line an exception came from)."""
    result = graded.result
    if result is None:
        return None
    error = result.error
    failure: CaseResult | None = result.first_failure
    if error is None and failure is not None:
        error = failure.error
    return error.line if error is not None and error.line else None
