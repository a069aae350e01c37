"""The complexity note of a run: measured growth in time and space, the expected ones, and line-level hints.

This is the stage judging.run() calls after the hidden cases and the property
search pass, and after a time-out or a wrong answer past the first cases (when
the answers were right up to there, how the code grows is what the candidate
needs to hear: "this is O(n^2), expected O(n)"). It measures in the same sandbox session as the tests (same
container, same limits, a fresh child per size), so timing has the tests'
isolation; the problem's input_of_size() runs on the host, like every generator.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any

from judge.backends.base import Session
from judge.complexity.analysis import Analysis, analyse
from judge.complexity.confidence import Confidence
from judge.complexity.growth import Growth, expected_text, parse_growth
from judge.complexity.hints import Hint, hints_for
from judge.complexity.measure import Budget, Measurement, Workload, measure_growth
from judge.complexity.space import SpaceAnalysis, analyse_space, measured_for_space
from judge.problem import Problem
from judge.verdict import RunResult, Verdict

FAILURE_CALL_CAP_S = 1.0  # after a failure, CPU seconds one size may take at most, whatever the problem's limit
FAILURE_SECONDS = 3.5  # after a failure, the measurement's wall time: the candidate has waited for a time-out anyway


def failure_budget(time_limit_s: float) -> Budget:
    """The budget of a note after TLE or WA: more sizes than after AC (a loaded machine leaves few in 2 s), each
    capped, so that a slow solution costs seconds, not minutes."""
    return Budget(seconds=FAILURE_SECONDS, time_limit_s=min(time_limit_s, FAILURE_CALL_CAP_S))


def wants_note(result: RunResult) -> bool:
    """After AC; after TLE; after WA when the cases before the failing one were answered right."""
    if result.verdict in (Verdict.AC, Verdict.TLE):
        return True
    failure = result.first_failure
    return result.verdict is Verdict.WA and failure is not None and (
        result.hidden_passed > 0 or failure.case.source == "generated")


@dataclass(frozen=True)
class SpaceNote:
    """How the memory a call needs grows: beyond its input and its answer, the call stack included."""

    measured: Growth | None  # None: inconclusive or not measured
    expected: str | None  # as the problem states it: "O(1)", "O(h)"
    confidence: Confidence
    sizes: tuple[int, ...] = ()
    extra_bytes: tuple[int, ...] = ()  # the most allocated at once at each size, beyond the input and the answer
    depths: tuple[int, ...] = ()  # the deepest call stack at each size
    evidence: str = ""
    reason: str = ""
    sort_buffer: bool = False  # the growth is all Python's sort's own buffer (space.py): O(1) besides the sort

    @property
    def matches(self) -> bool | None:
        expected = parse_growth(self.expected)
        if self.counted is None or expected is None:
            return None
        return self.counted.rank <= expected.rank

    @property
    def counted(self) -> Growth | None:
        """The class as interviewers count it: the expected one where the growth is only the sort's own memory.
        What the note compares, and what a candidate's own estimate is checked against."""
        return parse_growth(self.expected) if self.besides_the_sort else self.measured

    @property
    def besides_the_sort(self) -> bool:
        """Measured O(n) that is only the sort's buffer, where less is expected: as interviewers count, a match."""
        expected = parse_growth(self.expected)
        return (self.sort_buffer and self.measured is Growth.LINEAR and expected is not None
                and expected.rank < Growth.LINEAR.rank)

    def expected_words(self) -> str:
        return f"{self.expected} besides the sort" if self.besides_the_sort else str(self.expected)

    def headline(self) -> str:
        """`space O(n) (fit on n = 4..16384, confident); expected O(1)`."""
        if self.measured is None:
            text = f"space {self.confidence.value}" + (f": {self.reason}" if self.reason else "")
        else:
            where = f"n = {self.sizes[0]}..{self.sizes[-1]}" if self.sizes else "no sizes"
            text = f"space {self.measured.value} (fit on {where}, {self.confidence.value})"
        return text + (f"; expected {self.expected_words()}" if self.expected else "")

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": self.headline(),
            "measured": self.measured.value if self.measured else None,
            "expected": self.expected,
            "matches": self.matches,
            "confidence": self.confidence.value,
            "sizes": list(self.sizes),
            "extra_bytes": list(self.extra_bytes),
            "depths": list(self.depths),
            "evidence": self.evidence,
            "reason": self.reason,
            "sort_buffer": self.sort_buffer,
        }


def space_note(measurement: Measurement, analysis: SpaceAnalysis, expected: str | None) -> SpaceNote:
    samples = measured_for_space(measurement)
    return SpaceNote(analysis.growth, expected_text(expected), analysis.confidence, tuple(s.n for s in samples),
                     tuple(s.space_bytes for s in samples), tuple(s.depth or 0 for s in samples), analysis.evidence,
                     analysis.why, analysis.sort_buffer)


@dataclass(frozen=True)
class ComplexityNote:
    measured: Growth | None  # None: inconclusive or not measured
    expected: str | None  # as the problem states it: "O(n)", "O(n log k)"
    confidence: Confidence
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
    after: Verdict = Verdict.AC  # the verdict it follows: after TLE or WA, only the sizes that finish were measured
    space: SpaceNote | None = None

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

    @property
    def after_failure(self) -> bool:
        return self.after is not Verdict.AC

    def headline(self) -> str:
        """`measured O(n^2) (fit on n = 256..16384, confident); expected O(n)`; after a failure,
        `this is O(n^2), expected O(n) (on the sizes that finish: n = 4..2048, confident)`."""
        if self.measured is None:
            why = f": {self.reason}" if self.reason else ""
            text = f"{self.confidence.value}{why}"
            return text + (f"; expected {self.expected}" if self.expected else "")
        unit = " per call" if self.per_call else ""
        where = f"n = {self.sizes[0]}..{self.sizes[-1]}" if self.sizes else "no sizes"
        if self.after_failure:
            expected = f", expected {self.expected}" if self.expected else ""
            measured_on = "on the sizes that finish" if self.after is Verdict.TLE else "measured on"
            return f"this is {self.measured.value}{unit}{expected} ({measured_on}: {where}, {self.confidence.value})"
        text = f"measured {self.measured.value}{unit} (fit on {where}, {self.confidence.value})"
        return text + (f"; expected {self.expected}" if self.expected else "")

    def summary(self) -> str:
        """The headline, and space's beside it when it was measured."""
        if self.space is None or self.space.measured is None:
            return self.headline()
        return f"{self.headline()} · {self.space.headline()}"

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "after": self.after.value,
            "measured": self.measured.value if self.measured else None,
            "expected": self.expected,
            "matches": self.matches,
            "confidence": self.confidence.value,
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
            "space": self.space.to_json() if self.space else None,
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


def note_from(measurement: Measurement, analysis: Analysis, problem: Problem, hints: tuple[Hint, ...],
              after: Verdict = Verdict.AC) -> ComplexityNote:
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
        elapsed_ms=measurement.elapsed_s * 1000, total=total if per_call else None, after=after,
        space=space_note(measurement, analyse_space(measurement), problem.space))


def _inconclusive_reason(why: str, stopped: str) -> str:
    return why if stopped in why else f"{why} (sizes stopped: {stopped})"


def complexity_note(problem: Problem, source: str, session: Session, budget: Budget | None = None,
                    after: Verdict = Verdict.AC) -> ComplexityNote:
    """Measure and classify the submission loaded in `session`, and hint at its slow lines.

    elapsed_ms is the whole stage: what the note adds to a run.
    """
    started = time.monotonic()
    hints = problem_hints(problem, source)
    workload = problem_workload(problem)
    if workload is None:
        why = "the problem has no input_of_size() to grow inputs with"
        return ComplexityNote(None, expected_text(problem.complexity), Confidence.NOT_MEASURED, reason=why,
                              hints=hints, elapsed_ms=(time.monotonic() - started) * 1000, after=after,
                              space=SpaceNote(None, expected_text(problem.space), Confidence.NOT_MEASURED, reason=why))
    measurement = measure_growth(session, workload, budget)
    note = note_from(measurement, analyse(measurement), problem, hints, after)
    return replace(note, elapsed_ms=(time.monotonic() - started) * 1000)


def add_complexity_note(judgement, result: RunResult) -> None:
    """The judging stage: set result.complexity (shown by the report and --json).

    The verdict is already decided: a failure here (a broken problem generator, the judge's own bug)
    becomes a note that says so, never a lost verdict or a traceback. After a failure the measurement takes
    FAILURE_SECONDS and each size at most FAILURE_CALL_CAP_S, so that a slow solution costs seconds, not minutes.
    """
    problem: Problem = judgement.problem
    after = result.verdict
    budget = Budget(time_limit_s=judgement.time_s) if after is Verdict.AC else failure_budget(judgement.time_s)
    try:
        session = judgement.sessions.current()
        note = complexity_note(problem, judgement.submission.source, session, budget, after)
        if session.broken:  # the runner stopped answering mid-measurement: never reuse that sandbox
            judgement.sessions.discard()
    except Exception as error:
        note = ComplexityNote(None, expected_text(problem.complexity), Confidence.NOT_MEASURED, after=after,
                              reason=f"the measurement failed: {type(error).__name__}: {str(error)[:200]}")
    result.complexity = note
