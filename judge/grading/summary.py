"""A whole grading run as one typed value, which every output format reads, and its exit code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from judge.grading.discovery import Unmatched
from judge.grading.grader import GradeOptions, Graded
from judge.grading.sharding import Shard
from judge.verdict import Verdict

EXIT_ACCEPTED = 0
EXIT_REJECTED = 1
EXIT_JUDGE_ERROR = 3


@dataclass
class GradeReport:
    graded: list[Graded]
    unmatched: list[Unmatched] = field(default_factory=list)
    options: GradeOptions = field(default_factory=GradeOptions)
    shard: Shard | None = None
    changed_since: str | None = None
    elapsed_s: float = 0.0
    strict: bool = False  # files that match no problem fail the run

    @property
    def accepted(self) -> list[Graded]:
        return [graded for graded in self.graded if graded.accepted]

    @property
    def rejected(self) -> list[Graded]:
        """Every solution not accepted, internal errors included."""
        return [graded for graded in self.graded if not graded.accepted]

    @property
    def internal_errors(self) -> list[Graded]:
        return [graded for graded in self.graded if graded.verdict is Verdict.IE]

    @property
    def by_verdict(self) -> dict[str, int]:
        counts = Counter(graded.verdict.value for graded in self.graded)
        return {verdict.value: counts[verdict.value] for verdict in Verdict if counts[verdict.value]}

    @property
    def ok(self) -> bool:
        return not self.rejected and not (self.strict and self.unmatched)

    def exit_code(self, allow_fail: bool = False) -> int:
        """0 when every solution is accepted; 1 when one is not (0 with allow_fail); 3 on an internal error.

        An internal error is the judge's fault, so no flag turns it into a pass: a
        grading run that could not grade must not look like one that did.
        """
        if self.internal_errors:
            return EXIT_JUDGE_ERROR
        if self.ok or allow_fail:
            return EXIT_ACCEPTED
        return EXIT_REJECTED

    def counts_line(self) -> str:
        """`5 solutions: 3 accepted, 2 not (WA 1, CE 1); 1 file matches no problem`."""
        total = len(self.graded)
        line = f"{total} solution{'' if total == 1 else 's'}: {len(self.accepted)} accepted"
        rejected = {verdict: count for verdict, count in self.by_verdict.items() if verdict != "AC"}
        if rejected:
            line += f", {len(self.rejected)} not (" + ", ".join(f"{v} {n}" for v, n in rejected.items()) + ")"
        if self.unmatched:
            count = len(self.unmatched)
            line += f"; {count} file{' matches' if count == 1 else 's match'} no problem"
        return line
