"""The complexity footer, line by line, for each kind of note: after Accepted, after a time-out or a wrong answer,
inconclusive, not measured, per call, with space, and with more hints than it shows (rich markup as printed)."""

from __future__ import annotations

import pytest

from judge.complexity.confidence import Confidence
from judge.complexity.growth import Growth
from judge.complexity.hints import Hint
from judge.complexity.notes import ComplexityNote, SpaceNote
from judge.complexity.view import complexity_lines
from judge.verdict import Verdict


def hint(line: int, code: str = "x in seen_list",
         message: str = "inside a loop over nums -- membership in a list scans it") -> Hint:
    return Hint(line, "list_membership", code, message, Growth.QUADRATIC)


NOTES = {
    "accepted": ComplexityNote(
        Growth.QUADRATIC, "O(n)", Confidence.CONFIDENT, size="len(nums)", sizes=(256, 1024, 16384),
        times_ms=(0.1, 1.5, 390.0), hints=(hint(7),), elapsed_ms=812.4,
        space=SpaceNote(Growth.LINEAR, "O(1)", Confidence.CONFIDENT, sizes=(4, 16384), extra_bytes=(100, 9000),
                        evidence="memory allocated")),
    "after TLE": ComplexityNote(
        Growth.QUADRATIC, "O(n)", Confidence.CONFIDENT, size="n = len(nums)", sizes=(4, 2048), elapsed_ms=1049.6,
        after=Verdict.TLE, hints=(hint(4, "for j in range(i + 1, len(nums))", "every pair [i, j] of nums, O(n^2)"),),
        space=SpaceNote(Growth.CONSTANT, "O(n)", Confidence.LIKELY, sizes=(4, 512), evidence="")),
    "after a quick WA": ComplexityNote(
        Growth.LINEAR, None, Confidence.LIKELY, sizes=(8, 64), elapsed_ms=0.4, after=Verdict.WA,
        space=SpaceNote(None, None, Confidence.NOT_MEASURED)),
    "inconclusive": ComplexityNote(
        None, "O(n * n!)", Confidence.INCONCLUSIVE, size="len(nums)",
        reason="the problem's inputs stop growing at n = 8",
        space=SpaceNote(None, "O(n)", Confidence.INCONCLUSIVE, reason="too few sizes [4, 8]")),
    "not measured": ComplexityNote(
        None, None, Confidence.NOT_MEASURED, reason="the problem has no input_of_size() to grow inputs with",
        space=SpaceNote(None, "O(1)", Confidence.NOT_MEASURED, reason="the problem has no input_of_size()")),
    "per call": ComplexityNote(
        Growth.LINEAR, "O(1)", Confidence.LIKELY, size="n", per_call=True, sizes=(16, 4096), total=Growth.QUADRATIC,
        space=SpaceNote(Growth.LINEAR, "O(n)", Confidence.CONFIDENT, sizes=(16, 4096), evidence="[frames] deep")),
    "per call after TLE": ComplexityNote(
        Growth.LINEAR, "O(log n)", Confidence.CONFIDENT, size="operations", per_call=True, sizes=(), after=Verdict.TLE,
        total=Growth.QUADRATIC, elapsed_ms=3500.0),
    "more than five hints": ComplexityNote(
        Growth.CUBIC, "O(n^2)", Confidence.CONFIDENT, size="len(s)", sizes=(8, 512),
        hints=tuple(hint(line, f"s[{line}:]", f"a [copy] at line {line}") for line in range(3, 10))),
    "no space note": ComplexityNote(Growth.LOG, "O(log n)", Confidence.CONFIDENT, sizes=(2, 2 ** 20)),
}

# What the footer printed for these notes when it read them as --json states them (ComplexityNote.to_json()).
LINES = {
    "accepted": [
        "[bold]Complexity:[/] measured [red]O(n^2)[/] (fit on n = 256..16384, confident); expected O(n) "
        "[dim](n = len(nums))[/]",
        "[bold]Space:[/] measured [red]O(n)[/] (fit on n = 4..16384, confident; memory allocated); expected O(1)",
        "  line 7: `x in seen_list` inside a loop over nums -- membership in a list scans it"],
    "after TLE": [
        "[bold]Complexity:[/] this is [red]O(n^2)[/], expected O(n) (after TLE, on the sizes that finish: "
        "n = 4..2048, 1.1 s, confident) [dim](n = len(nums))[/]",
        "[bold]Space:[/] measured [green]O(1)[/] (fit on n = 4..512, likely); expected O(n)",
        "  line 4: `for j in range(i + 1, len(nums))` every pair \\[i, j] of nums, O(n^2)"],
    "after a quick WA": [
        "[bold]Complexity:[/] this is [bold]O(n)[/] (after WA, measured on: n = 8..64, likely)"],
    "inconclusive": [
        "[bold]Complexity:[/] [dim]inconclusive: the problem's inputs stop growing at n = 8[/]; expected O(n * n!)",
        "[bold]Space:[/] [dim]inconclusive: too few sizes [4, 8][/]; expected O(n)"],
    "not measured": [
        "[bold]Complexity:[/] [dim]not measured: the problem has no input_of_size() to grow inputs with[/]"],
    "per call": [
        "[bold]Complexity:[/] measured [red]O(n) per call[/] (fit on n = 16..4096, likely); expected O(1)",
        "[bold]Space:[/] measured [green]O(n)[/] (fit on n = 16..4096, confident; \\[frames] deep); expected O(n)"],
    "per call after TLE": [
        "[bold]Complexity:[/] this is [red]O(n) per call[/], expected O(log n) (after TLE, on the sizes that finish: "
        "no sizes, 3.5 s, confident) [dim](n = operations)[/]"],
    "more than five hints": [
        "[bold]Complexity:[/] measured [red]O(n^3)[/] (fit on n = 8..512, confident); expected O(n^2) "
        "[dim](n = len(s))[/]",
        *[f"  line {line}: `s[{line}:]` a \\[copy] at line {line}" for line in range(3, 8)],
        "  [dim]... and 2 more (--json has them all)[/]"],
    "no space note": [
        "[bold]Complexity:[/] measured [green]O(log n)[/] (fit on n = 2..1048576, confident); expected O(log n)"],
}


@pytest.mark.parametrize("kind", NOTES)
def test_the_footer_prints_each_kind_of_note_as_it_always_has(kind):
    assert complexity_lines(NOTES[kind]) == LINES[kind]


def test_the_seconds_a_failure_note_took_are_shown_from_its_rounded_milliseconds():
    """1049.6 ms is stored as 1050 in --json, and the footer says 1.1 s, the same as --json's reader would."""
    assert "1.1 s" in complexity_lines(NOTES["after TLE"])[0]
