"""judge: a local live-coding practice judge for MLE interview loops.

The library API, which the CLI, practice mode and grader all use:

    from judge import run
    result = run("two-sum", "two_sum.py")
    result.verdict      # Verdict.AC

The names below are imported on first use: `judge run` starts its container
before it imports the judging machinery, so importing the package must be cheap.
"""

from __future__ import annotations

from judge.lazy import lazy_exports

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms before `judge run` forks)

if TYPE_CHECKING:
    from judge.errors import JudgeError
    from judge.judging import RunOptions, run
    from judge.problem import Problem, load_problem, problem_ids
    from judge.verdict import CaseResult, RunResult, Verdict

_HOMES = {"JudgeError": "judge.errors", "RunOptions": "judge.judging", "run": "judge.judging",
          "Problem": "judge.problem", "load_problem": "judge.problem", "problem_ids": "judge.problem",
          "CaseResult": "judge.verdict", "RunResult": "judge.verdict", "Verdict": "judge.verdict"}

__all__ = list(_HOMES)
__getattr__ = lazy_exports(globals(), _HOMES)
