"""judge: a local live-coding practice judge for MLE interview loops.

The library API, which the CLI, practice mode and grader all use:

    from judge import run
    result = run("two-sum", "two_sum.py")
    result.verdict      # Verdict.AC
"""

from judge.errors import JudgeError
from judge.judging import RunOptions, run
from judge.problem import Problem, load_problem, problem_ids
from judge.verdict import CaseResult, RunResult, Verdict

__all__ = ["JudgeError", "RunOptions", "run", "Problem", "load_problem", "problem_ids", "CaseResult", "RunResult",
           "Verdict"]
