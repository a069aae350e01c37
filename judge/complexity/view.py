"""The complexity note as terminal lines (rich markup), for the report's footer.

    Complexity: measured O(n^2) (fit on n = 256..16384, confident); expected O(n)
      line 7: `if x in seen_list` inside a loop over nums -- membership in a list scans it, ...
"""

from __future__ import annotations

from typing import Any

from rich.markup import escape

MAX_HINTS = 5


def complexity_lines(note: dict[str, Any]) -> list[str]:
    """Lines for a note as stored in RunResult.extra["complexity"] (ComplexityNote.to_json())."""
    measured, expected, matches = note.get("measured"), note.get("expected"), note.get("matches")
    if measured is None:
        reason = f": {note['reason']}" if note.get("reason") else ""
        text = f"[dim]{escape(note.get('confidence', 'inconclusive'))}{escape(reason)}[/]"
    else:
        style = "red" if matches is False else "green" if matches else "bold"
        unit = " per call" if note.get("per_call") else ""
        sizes = note.get("sizes") or []
        where = f"n = {sizes[0]}..{sizes[-1]}" if sizes else "no sizes"
        text = f"measured [{style}]{escape(measured)}{unit}[/] (fit on {where}, {escape(note.get('confidence', ''))})"
    if expected:
        text += f"; expected {escape(expected)}"
    lines = [f"[bold]Complexity:[/] {text}"]
    size = str(note.get("size") or "").removeprefix("n = ")  # problems write SIZE as "len(nums)" or "n = len(nums)"
    if measured is not None and size and size != "n":
        lines[0] += f" [dim](n = {escape(size)})[/]"
    hints = note.get("hints") or []
    for hint in hints[:MAX_HINTS]:
        lines.append(f"  line {hint['line']}: `{escape(hint['code'])}` {escape(hint['message'])}")
    if len(hints) > MAX_HINTS:
        lines.append(f"  [dim]... and {len(hints) - MAX_HINTS} more (--json has them all)[/]")
    return lines
