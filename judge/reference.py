"""The trusted reference solution, run on the host to produce expected answers.

It is called exactly as the worker calls a submission (same LeetCode conversions,
same canonical form), so expected and got are always comparable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from judge import cache, trusted
from judge.cases import Case
from judge.errors import ProblemFormatError
from judge.problem import Problem
from judge_worker import canonical, child, frames


@dataclass
class Reference:
    problem: Problem

    def __post_init__(self) -> None:
        path = self.problem.folder / "reference.py"
        module_name = f"judge_reference_{self.problem.id.replace('-', '_')}"
        try:
            self.module = child.load_submission(path.read_text(encoding="utf-8"), str(path), module_name,
                                                self.problem.signature.entry())
        except Exception as error:
            raise ProblemFormatError(f"{path}: cannot be loaded: {type(error).__name__}: {error}") from None

    def answer(self, case: Case) -> Any:
        """The canonical expected answer for a case."""
        entry = self.problem.signature.entry()
        call = child.CALLS[entry["kind"]]
        path = self.problem.folder / "reference.py"
        seconds = trusted.reference_limit_s(self.problem.limits.time_s)
        try:
            answer = trusted.call_within(seconds, path, "reference.py", call, self.module, entry, case.fresh_input())
            return canonical.canonicalise(answer, _numpy())
        except trusted.ProblemCodeTimeout:
            raise
        except Exception as error:
            raise ProblemFormatError(
                f"{self.problem.folder / 'reference.py'}: fails on {case.name}: {type(error).__name__}: {error}"
            ) from None


@dataclass(frozen=True)
class Answer:
    """An expected answer, with its JSON as the sandbox encodes an answer (frames.json_bytes).

    Kept together in the cache, so a submission's answer that matches byte for byte is
    accepted without encoding the expected one: for 10^5 floats that is most of the host's
    work on a case.
    """

    value: Any
    json: bytes

    @classmethod
    def of(cls, value: Any) -> "Answer":
        return cls(value, frames.json_bytes(value))


MISSING = cache.MISSING


def load_expected(problem: Problem, cases: list[Case]) -> list[Answer] | object:
    """The reference's answers to exactly these cases from an earlier run, or MISSING.

    The reference is deterministic and trusted, and the answers to the largest hidden
    cases can take it seconds; they are keyed by every file that shapes them.
    """
    stored = cache.load("expected", _answer_sources(problem), _case_names(cases))
    return stored if stored is MISSING else [Answer(value, encoded) for value, encoded in stored]


def store_expected(problem: Problem, cases: list[Case], answers: list[Answer | Any]) -> None:
    """Store the answers (Answer objects or plain canonical values) to exactly these cases."""
    answers = [answer if isinstance(answer, Answer) else Answer.of(answer) for answer in answers]
    cache.store("expected", _answer_sources(problem), [(answer.value, answer.json) for answer in answers],
                _case_names(cases))


def _answer_sources(problem: Problem) -> list:
    return [problem.folder / name for name in ("problem.yaml", "cases.yaml", "generators.py", "reference.py")]


def _case_names(cases: list[Case]) -> bytes:
    return "\0".join(f"{case.source}:{case.name}" for case in cases).encode()


def _numpy():
    try:
        import numpy
    except ImportError:  # the DSA track does not need it on the host
        return None
    return numpy
