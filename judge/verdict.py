"""Verdicts and the typed results of a run, as DMOJ and Kattis name them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from judge.cases import Case

if TYPE_CHECKING:  # notes.py imports this module: the note's class is named for type checkers only
    from judge.complexity.notes import ComplexityNote

SCHEMA_VERSION = 1


class Verdict(str, Enum):
    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    RE = "RE"
    CE = "CE"
    OLE = "OLE"
    IE = "IE"

    @property
    def title(self) -> str:
        return _TITLES[self]

    @property
    def accepted(self) -> bool:
        return self is Verdict.AC


_TITLES = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong Answer",
    Verdict.TLE: "Time Limit Exceeded",
    Verdict.MLE: "Memory Limit Exceeded",
    Verdict.RE: "Runtime Error",
    Verdict.CE: "Compile Error",
    Verdict.OLE: "Output Limit Exceeded",
    Verdict.IE: "Internal Error",
}


@dataclass(frozen=True)
class ErrorInfo:
    """An exception or crash in the submission: type, message, and the line in the user's file."""

    type: str
    message: str
    line: int | None = None
    column: int | None = None
    traceback: str = ""


@dataclass(frozen=True)
class CaseResult:
    case: Case
    verdict: Verdict
    time_ms: float = 0.0  # CPU time of the call, measured by the kernel
    wall_ms: float = 0.0
    memory_kb: int = 0
    expected: Any = None  # canonical values; None when not reached
    got: Any = None
    reason: str = ""  # why it is not AC, in a line
    hint: str = ""  # a near-miss hint, when there is one
    error: ErrorInfo | None = None
    stdout: str = ""

    @property
    def passed(self) -> bool:
        return self.verdict is Verdict.AC


@dataclass(frozen=True)
class PropertySearch:
    """What the Hypothesis property search did after the hidden cases passed.

    `examples` counts the generated inputs judged up to and including the first
    failure (shrinking's inputs are not counted): the same number a passing run
    reports, so `passed/total` mean the same whichever way a run ends.
    """

    examples: int
    seed: int
    failed: bool = False
    leaked_state: bool = False  # the first failure passed again in a fresh child
    wall_ms: float = 0.0  # the submission's own time on the generated examples

    @property
    def passed(self) -> int:
        return self.examples - 1 if self.failed else self.examples

    def to_json(self) -> dict[str, Any]:
        return {"examples": self.examples, "passed": self.passed, "seed": self.seed, "failed": self.failed,
                "leaked_state": self.leaked_state, "wall_ms": round(self.wall_ms, 3)}


@dataclass
class RunResult:
    """The outcome of judging one submission against one problem."""

    problem_id: str
    submission: str
    verdict: Verdict
    cases: list[CaseResult] = field(default_factory=list)
    hidden_total: int = 0  # the fixed cases (examples and hidden) this run had to pass
    time_limit_s: float = 0.0
    memory_limit_mb: int = 0
    sandbox: dict[str, Any] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    error: ErrorInfo | None = None  # compile errors, which have no case
    properties: PropertySearch | None = None
    # A large fixed case failed and the property search found a small input that fails too: shown beside it.
    smaller_failure: CaseResult | None = None
    complexity: ComplexityNote | None = None  # how the code grows, measured after the verdict (notes.py)

    @property
    def hidden_passed(self) -> int:
        return sum(1 for result in self.cases if result.passed and result.case.source != "generated")

    @property
    def passed(self) -> int:
        """Cases passed: the fixed ones, then the generated ones."""
        return self.hidden_passed + (self.properties.passed if self.properties else 0)

    @property
    def total(self) -> int:
        """Cases judged: every fixed case, and the generated examples up to the first failure."""
        return self.hidden_total + (self.properties.examples if self.properties else 0)

    @property
    def failures(self) -> list[CaseResult]:
        return [result for result in self.cases if not result.passed]

    @property
    def first_failure(self) -> CaseResult | None:
        failures = self.failures
        return failures[0] if failures else None

    @property
    def time_ms(self) -> float:
        return max((result.time_ms for result in self.cases), default=0.0)

    @property
    def peak_kb(self) -> int:
        return max((result.memory_kb for result in self.cases), default=0)
