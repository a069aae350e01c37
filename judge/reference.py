"""The trusted reference solution, run on the host to produce expected answers.

It is called exactly as the worker calls a submission (same LeetCode conversions,
same canonical form), so expected and got are always comparable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from judge.cases import Case
from judge.errors import ProblemFormatError
from judge.paths import use_worker_modules
from judge.problem import Problem

use_worker_modules()
from judge_worker import child, values  # noqa: E402


@dataclass
class Reference:
    problem: Problem

    def __post_init__(self) -> None:
        path = self.problem.folder / "reference.py"
        module_name = f"judge_reference_{self.problem.id.replace('-', '_')}"
        try:
            self.module = child.load_submission(path.read_text(encoding="utf-8"), str(path), module_name)
        except Exception as error:
            raise ProblemFormatError(f"{path}: cannot be loaded: {type(error).__name__}: {error}") from None

    def answer(self, case: Case) -> Any:
        """The canonical expected answer for a case."""
        entry = self.problem.signature.entry()
        call = child.call_design if entry["kind"] == "design" else child.call_function
        try:
            return values.canonicalise(call(self.module, entry, case.fresh_input()), _numpy())
        except Exception as error:
            raise ProblemFormatError(
                f"{self.problem.folder / 'reference.py'}: fails on {case.name}: {type(error).__name__}: {error}"
            ) from None


def _numpy():
    try:
        import numpy
    except ImportError:  # the DSA track does not need it on the host
        return None
    return numpy
