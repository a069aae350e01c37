"""Your own complexity, said before a submission as in the round, beside what was measured and expected.

Pure: reading an estimate, the two-question prompt fed one key at a time, the
measured classes a judgement carries, and whether an estimate was right.

Whether an estimate was right: it is compared with the class measured on the
candidate's own code, which is what the estimate is about. When nothing was
measured (time is measured after Accepted; space until a space measurement
exists never), the problem's expected class stands in, but only for a round
that ended Accepted: an accepted solution runs within the limits the expected
class sets, while a brute force that timed out is not of the expected class, so
comparing its estimate with it would call a right answer wrong. Classes must
be equal to count as right (O(n) for an O(n log n) sort is wrong, as an
interviewer would say).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from judge.complexity.confidence import Confidence
from judge.complexity.growth import Growth, parse_growth
from judge.verdict import RunResult

if TYPE_CHECKING:
    from judge.complexity.notes import ComplexityNote, SpaceNote

SKIP_ALL = "\x1b"  # Esc
ERASE = ("\x7f", "\x08")
ENTER = ("\r", "\n")
EOF = "\x04"


class EstimateError(ValueError):
    """Not a growth class; the message names the value and says what to type."""


def read_growth(text: str) -> Growth | None:
    """'O(n log n)', 'o(N)', 'n log n', 'n^2', '1' -> a class; '' -> None (skipped); anything else is refused."""
    said = text.strip()
    if not said:
        return None
    inner = re.sub(r"^[oO]\s*\((.*)\)$", r"\1", said).strip().lower()
    growth = parse_growth(f"O({inner})")
    if growth is None:
        shown = said if len(said) <= 16 else said[:15] + "…"  # the message stays one line at 80 columns
        raise EstimateError(f"{shown!r} is not a class: try O(1), O(log n), O(n), O(n log n), O(n^2)")
    return growth


def class_of(text: str | None) -> Growth | None:
    """A class as stored or stated ('O(n)'); None for none or one outside the seven ('O(n log k)')."""
    return parse_growth(text) if text else None


def time_note(result: RunResult | None) -> ComplexityNote | None:
    """The complexity note of a judgement (RunResult.complexity), None when there is none."""
    return result.complexity if result is not None else None


def space_note(result: RunResult | None) -> SpaceNote | None:
    """The space note the complexity note carries, None when there is none."""
    note = time_note(result)
    return note.space if note is not None else None


def measured_time(result: RunResult | None) -> Growth | None:
    """The time class the complexity note measured, if it measured one."""
    note = time_note(result)
    return note.measured if note is not None else None


def measured_space(result: RunResult | None) -> Growth | None:
    """The space class the note measured, as interviewers count it (O(1) besides the sort: SpaceNote.counted)."""
    note = space_note(result)
    return note.counted if note is not None else None


def unmeasured(note: ComplexityNote | SpaceNote | None) -> Confidence:
    """Why a note has no class: it could not tell (inconclusive), or nothing was measured."""
    if note is not None and note.confidence is Confidence.INCONCLUSIVE:
        return Confidence.INCONCLUSIVE
    return Confidence.NOT_MEASURED


def truth(measured: Growth | None, expected: str | None, accepted: bool) -> Growth | None:
    """The class an estimate is checked against (the module's docstring says why)."""
    if measured is not None:
        return measured
    return class_of(expected) if accepted else None


def was_right(stated: str | None, measured: str | None, expected: str | None, accepted: bool) -> bool | None:
    """True or False when there is both an estimate and something to check it against, else None."""
    said, against = class_of(stated), truth(class_of(measured), expected, accepted)
    if said is None or against is None:
        return None
    return said is against


@dataclass(frozen=True)
class Board:
    """Stated, measured and expected, for time and space: what the round's result shows side by side."""

    stated_time: Growth | None
    stated_space: Growth | None
    measured_time: Growth | None
    measured_space: Growth | None
    expected_time: str | None
    expected_space: str | None
    unmeasured_time: Confidence = Confidence.NOT_MEASURED  # what the measured cell says without a class
    unmeasured_space: Confidence = Confidence.NOT_MEASURED

    def rows(self) -> list[tuple[str, str, str, str]]:
        def shown(growth: Growth | None, missing: str) -> str:
            return growth.value if growth is not None else missing

        return [("time", shown(self.stated_time, "-"), shown(self.measured_time, self.unmeasured_time.value),
                 self.expected_time or "-"),
                ("space", shown(self.stated_space, "-"), shown(self.measured_space, self.unmeasured_space.value),
                 self.expected_space or "-")]


def board_of(round_, expected_time: str | None, expected_space: str | None) -> Board:
    """A round's board: what was said, the last full submission measured, and the problem's classes."""
    results = [check.result for check in reversed(round_.submissions)]
    last = next((result for result in results if time_note(result) is not None), None)
    return Board(round_.stated_time, round_.stated_space, measured_time(last), measured_space(last),
                 expected_time, expected_space, unmeasured(time_note(last)), unmeasured(space_note(last)))


@dataclass
class EstimatePrompt:
    """Two questions, time then space, answered a key at a time (or a line at a time from a pipe).

    Enter on an empty answer skips that question, Esc or the end of input skips both;
    an answer that is not a class is refused with one line and asked again.
    """

    answers: list[Growth | None] = field(default_factory=list)
    buffer: str = ""
    error: str = ""
    QUESTIONS = ("time", "space")

    @property
    def done(self) -> bool:
        return len(self.answers) == len(self.QUESTIONS)

    @property
    def question(self) -> str:
        return f"your {self.QUESTIONS[len(self.answers)]} complexity (e.g. O(n log n); Enter skips, Esc both):"

    @property
    def time(self) -> Growth | None:
        return self.answers[0] if self.answers else None

    @property
    def space(self) -> Growth | None:
        return self.answers[1] if len(self.answers) > 1 else None

    def key(self, char: str) -> None:
        if char in ENTER:
            self.line(self.buffer)
        elif char in (SKIP_ALL, EOF):
            self.answers += [None] * (len(self.QUESTIONS) - len(self.answers))
        elif char in ERASE:
            self.buffer = self.buffer[:-1]
        elif char.isprintable():
            self.buffer += char

    def line(self, text: str) -> None:
        """A whole answer."""
        self.buffer = ""
        try:
            growth = read_growth(text)
        except EstimateError as refused:
            self.error = str(refused)
            return
        self.error = ""
        self.answers.append(growth)
