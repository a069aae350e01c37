"""The complexity note as terminal lines (rich markup), for the report's footer.

    Complexity: measured O(n^2) (fit on n = 256..16384, confident); expected O(n)
    Space: measured O(n) (fit on n = 4..16384, confident; memory allocated); expected O(1)
      line 7: `if x in seen_list` inside a loop over nums -- membership in a list scans it, ...

After a time-out or a wrong answer the first line says what the sizes that finish show:

    Complexity: this is O(n^2), expected O(n) (after TLE, on the sizes that finish: n = 4..2048, 1.9 s, confident)
"""

from __future__ import annotations

from rich.markup import escape

from judge.complexity.confidence import Confidence
from judge.complexity.notes import ComplexityNote, SpaceNote
from judge.verdict import Verdict

MAX_HINTS = 5


def complexity_lines(note: ComplexityNote) -> list[str]:
    """Lines for the note of a run (RunResult.complexity)."""
    measured = note.measured.value if note.measured is not None else None
    expected = note.expected
    if measured is None:
        reason = f": {note.reason}" if note.reason else ""
        text = f"[dim]{escape(note.confidence.value)}{escape(reason)}[/]"
        if expected:
            text += f"; expected {escape(expected)}"
    elif note.after_failure:
        unit = " per call" if note.per_call else ""
        elapsed_ms = round(note.elapsed_ms)  # as --json states it: 1049.6 ms is 1.1 s there and here
        seconds = f", {elapsed_ms / 1000:.1f} s" if elapsed_ms else ""
        text = f"this is [{_style(note.matches)}]{escape(measured)}{unit}[/]"
        text += f", expected {escape(expected)}" if expected else ""
        measured_on = "on the sizes that finish" if note.after is Verdict.TLE else "measured on"
        text += f" (after {escape(note.after.value)}, {measured_on}: {_where(note.sizes)}{seconds}, " \
                f"{escape(note.confidence.value)})"
    else:
        unit = " per call" if note.per_call else ""
        text = f"measured [{_style(note.matches)}]{escape(measured)}{unit}[/] (fit on {_where(note.sizes)}, " \
               f"{escape(note.confidence.value)})"
        if expected:
            text += f"; expected {escape(expected)}"
    lines = [f"[bold]Complexity:[/] {text}"]
    size = note.size.removeprefix("n = ")  # problems write SIZE as "len(nums)" or "n = len(nums)"
    if measured is not None and size and size != "n":
        lines[0] += f" [dim](n = {escape(size)})[/]"
    if note.space is not None and note.space.confidence is not Confidence.NOT_MEASURED:
        lines.append(space_line(note.space))
    for hint in note.hints[:MAX_HINTS]:
        lines.append(f"  line {hint.line}: `{escape(hint.code)}` {escape(hint.message)}")
    if len(note.hints) > MAX_HINTS:
        lines.append(f"  [dim]... and {len(note.hints) - MAX_HINTS} more (--json has them all)[/]")
    return lines


def space_line(space: SpaceNote) -> str:
    """`Space: measured O(n) (fit on n = 4..16384, confident; memory allocated); expected O(1)`."""
    if space.measured is None:
        reason = f": {space.reason}" if space.reason else ""
        text = f"[dim]{escape(space.confidence.value)}{escape(reason)}[/]"
    else:
        evidence = f"; {space.evidence}" if space.evidence else ""
        text = (f"measured [{_style(space.matches)}]{escape(space.measured.value)}[/] (fit on "
                f"{_where(space.sizes)}, {escape(space.confidence.value)}{escape(evidence)})")
    if space.expected:
        text += f"; expected {escape(space.expected_words())}"
    return f"[bold]Space:[/] {text}"


def _where(sizes: tuple[int, ...]) -> str:
    return f"n = {sizes[0]}..{sizes[-1]}" if sizes else "no sizes"


def _style(matches: bool | None) -> str:
    return "red" if matches is False else "green" if matches else "bold"
