"""The complexity note as terminal lines (rich markup), for the report's footer.

    Complexity: measured O(n^2) (fit on n = 256..16384, confident); expected O(n)
    Space: measured O(n) (fit on n = 4..16384, confident, memory allocated); expected O(1)
      line 7: `if x in seen_list` inside a loop over nums -- membership in a list scans it, ...

After a time-out or a wrong answer the first line says what the sizes that finish show:

    Complexity: this is O(n^2), expected O(n) (after TLE, on the sizes that finish: n = 4..2048, 1.9 s, confident)
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape

MAX_HINTS = 5


def complexity_lines(note: dict[str, Any]) -> list[str]:
    """Lines for a note as stored in RunResult.extra["complexity"] (ComplexityNote.to_json())."""
    measured, expected = note.get("measured"), note.get("expected")
    after = note.get("after") or "AC"
    if measured is None:
        reason = f": {note['reason']}" if note.get("reason") else ""
        text = f"[dim]{escape(note.get('confidence', 'inconclusive'))}{escape(reason)}[/]"
        if expected:
            text += f"; expected {escape(expected)}"
    elif after != "AC":
        unit = " per call" if note.get("per_call") else ""
        where = _where(note.get("sizes") or [])
        seconds = f", {note['elapsed_ms'] / 1000:.1f} s" if note.get("elapsed_ms") else ""
        text = f"this is [{_style(note.get('matches'))}]{escape(measured)}{unit}[/]"
        text += f", expected {escape(expected)}" if expected else ""
        measured_on = "on the sizes that finish" if after == "TLE" else "measured on"
        text += f" (after {escape(after)}, {measured_on}: {where}{seconds}, {escape(note.get('confidence', ''))})"
    else:
        unit = " per call" if note.get("per_call") else ""
        text = f"measured [{_style(note.get('matches'))}]{escape(measured)}{unit}[/] (fit on {_where(note.get('sizes') or [])}, " \
               f"{escape(note.get('confidence', ''))})"
        if expected:
            text += f"; expected {escape(expected)}"
    lines = [f"[bold]Complexity:[/] {text}"]
    size = str(note.get("size") or "").removeprefix("n = ")  # problems write SIZE as "len(nums)" or "n = len(nums)"
    if measured is not None and size and size != "n":
        lines[0] += f" [dim](n = {escape(size)})[/]"
    space = note.get("space")
    if space and space.get("confidence") != "not measured":
        lines.append(space_line(space))
    hints = note.get("hints") or []
    for hint in hints[:MAX_HINTS]:
        lines.append(f"  line {hint['line']}: `{escape(hint['code'])}` {escape(hint['message'])}")
    if len(hints) > MAX_HINTS:
        lines.append(f"  [dim]... and {len(hints) - MAX_HINTS} more (--json has them all)[/]")
    return lines


def space_line(space: dict[str, Any]) -> str:
    """`Space: measured O(n) (fit on n = 4..16384, confident; memory allocated); expected O(1)`."""
    measured, expected = space.get("measured"), space.get("expected")
    if measured is None:
        reason = f": {space['reason']}" if space.get("reason") else ""
        text = f"[dim]{escape(space.get('confidence', 'inconclusive'))}{escape(reason)}[/]"
    else:
        evidence = f"; {space['evidence']}" if space.get("evidence") else ""
        text = (f"measured [{_style(space.get('matches'))}]{escape(measured)}[/] (fit on "
                f"{_where(space.get('sizes') or [])}, {escape(space.get('confidence', ''))}{escape(evidence)})")
    if expected:
        text += f"; expected {escape(expected)}"
    return f"[bold]Space:[/] {text}"


def _where(sizes: list[int]) -> str:
    return f"n = {sizes[0]}..{sizes[-1]}" if sizes else "no sizes"


def _style(matches: bool | None) -> str:
    return "red" if matches is False else "green" if matches else "bold"
