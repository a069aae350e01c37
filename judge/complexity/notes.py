"""The complexity note of an Accepted run: measured growth, the expected one, and line-level hints.

This is the stage judging.run() calls after the hidden cases and the property
search pass. It measures in the same sandbox session as the tests (same
container, same limits, a fresh child per size), so timing has the tests'
isolation; the problem's input_of_size() runs on the host, like every generator.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any

from judge.backends.base import Session
from judge.complexity.analysis import Analysis, analyse
from judge.complexity.growth import Growth, expected_text, parse_growth
from judge.complexity.hints import Hint, hints_for
from judge.complexity.measure import Budget, Measurement, Workload, measure_growth
from judge.problem import Problem

NOT_MEASURED = "not measured"


@dataclass(frozen=True)
class ComplexityNote:
    measured: Growth | None  # None: inconclusive or not measured
    expected: str | None  # as the problem states it: "O(n)", "O(n log k)"
    confidence: str  # "confident", "likely", "inconclusive" or "not measured"
    size: str = "n"  # what n measures, as the problem names it
    per_call: bool = False  # design problems: classes are per operation, n operations measured
    sizes: tuple[int, ...] = ()
    times_ms: tuple[float, ...] = ()  # fastest CPU time of the call at each size
    lines: tuple[int | None, ...] = ()  # executed lines at each size, where traced
    evidence: str = ""  # which signal decided
    reason: str = ""  # why inconclusive or not measured, or why the sizes stopped growing
    hints: tuple[Hint, ...] = ()
    elapsed_ms: float = 0.0
    total: Growth | None = None  # design problems: the growth of all n operations together

    @property
    def expected_growth(self) -> Growth | None:
        return parse_growth(self.expected)

    @property
    def matches(self) -> bool | None:
        """Measured within the expected class (or faster); None when either side is unknown."""
        expected = self.expected_growth
        if self.measured is None or expected is None:
            return None
        return self.measured.rank <= expected.rank

    def headline(self) -> str:
        """`measured O(n^2) (fit on n = 256..16384, confident); expected O(n)`."""
        if self.measured is None:
            why = f": {self.reason}" if self.reason else ""
            text = f"{self.confidence}{why}"
        else:
            unit = " per call" if self.per_call else ""
            where = f"n = {self.sizes[0]}..{self.sizes[-1]}" if self.sizes else "no sizes"
            text = f"measured {self.measured.value}{unit} (fit on {where}, {self.confidence})"
        if self.expected:
            text += f"; expected {self.expected}"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": self.headline(),
            "measured": self.measured.value if self.measured else None,
            "expected": self.expected,
            "matches": self.matches,
            "confidence": self.confidence,
            "size": self.size,
            "per_call": self.per_call,
            "total": self.total.value if self.total else None,
            "sizes": list(self.sizes),
            "times_ms": [round(t, 4) for t in self.times_ms],
            "lines": list(self.lines),
            "evidence": self.evidence,
            "reason": self.reason,
            "elapsed_ms": round(self.elapsed_ms),
            "hints": [hint.to_json() for hint in self.hints],
        }


def problem_workload(problem: Problem) -> Workload | None:
    """The problem's generator of inputs of size n, or None when it declares none."""
    input_of_size = problem.function("generators", "input_of_size")
    if input_of_size is None:
        return None
    return Workload(input_of_size, str(getattr(problem.module("generators"), "SIZE", "n")), seed=problem.seed)


def problem_hints(problem: Problem, source: str) -> tuple[Hint, ...]:
    """Hints for the source, without those that cannot matter: growth the problem expects anyway."""
    params = {param.name: param.type for param in problem.signature.params}
    expected = parse_growth(problem.complexity)
    if problem.signature.kind == "design" and expected is not None:
        expected = expected.times_n() or expected  # per call expected; hints are about the whole run
    hints = hints_for(source, params)
    if expected is not None:
        hints = [hint for hint in hints if hint.implies.rank > expected.rank]
    return tuple(hints)


def note_from(measurement: Measurement, analysis: Analysis, problem: Problem, hints: tuple[Hint, ...]) -> ComplexityNote:
    samples = measurement.merged()
    per_call = problem.signature.kind == "design"
    total = analysis.growth
    measured = total
    evidence = analysis.evidence
    if per_call and total is not None:
        measured = total.per_call()
        if measured is None:  # O(1) or O(log n) for n calls together cannot be spread over them
            measured, per_call = total, False
    return ComplexityNote(
        measured=measured, expected=expected_text(problem.complexity), confidence=analysis.confidence,
        size=measurement.size, per_call=per_call, sizes=tuple(s.n for s in samples),
        times_ms=tuple(s.best_ms for s in samples), lines=tuple(s.lines for s in samples), evidence=evidence,
        reason=_inconclusive_reason(analysis.why, measurement.stopped) if total is None else measurement.stopped,
        hints=hints,
        elapsed_ms=measurement.elapsed_s * 1000, total=total if per_call else None)


def _inconclusive_reason(why: str, stopped: str) -> str:
    return why if stopped in why else f"{why} (sizes stopped: {stopped})"


def complexity_note(problem: Problem, source: str, session: Session, budget: Budget | None = None) -> ComplexityNote:
    """Measure and classify the submission loaded in `session`, and hint at its slow lines.

    elapsed_ms is the whole stage: what the note adds to a run.
    """
    started = time.monotonic()
    hints = problem_hints(problem, source)
    workload = problem_workload(problem)
    if workload is None:
        return ComplexityNote(None, expected_text(problem.complexity), NOT_MEASURED,
                              reason="the problem has no input_of_size() to grow inputs with", hints=hints,
                              elapsed_ms=(time.monotonic() - started) * 1000)
    measurement = measure_growth(session, workload, budget)
    note = note_from(measurement, analyse(measurement), problem, hints)
    return replace(note, elapsed_ms=(time.monotonic() - started) * 1000)


def add_complexity_note(judgement, result) -> None:
    """The judging stage: put the note in result.extra["complexity"] (shown by the report and --json).

    The verdict is already decided: a failure here (a broken problem generator, the judge's own bug)
    becomes a note that says so, never a lost verdict or a traceback.
    """
    problem: Problem = judgement.problem
    try:
        session = judgement.sessions.current()
        note = complexity_note(problem, judgement.submission.source, session, Budget(time_limit_s=judgement.time_s))
        if session.broken:  # the runner stopped answering mid-measurement: never reuse that sandbox
            judgement.sessions.discard()
    except Exception as error:
        note = ComplexityNote(None, expected_text(problem.complexity), NOT_MEASURED,
                              reason=f"the measurement failed: {type(error).__name__}: {str(error)[:200]}")
    result.extra["complexity"] = note.to_json()
