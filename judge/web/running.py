"""Run: the statement's examples and the console's own inputs, each shown with got against expected.

The console's inputs go through judge.custom_cases, as `judge run --case` does: each must
name the problem's parameters and keep to its constraints, or it is refused, naming why.
"""

from __future__ import annotations

from judge.backends import Sandbox
from judge.cases import example_cases
from judge.custom_cases import custom_cases
from judge.judging import RunOptions, run
from judge.problem import Problem
from judge.submission import Submission
from judge.verdict import RunResult


def run_examples(problem: Problem, submission: Submission, inputs: list[str], sandbox: Sandbox,
                 sandbox_name: str = "auto") -> RunResult:
    """Every example and custom input judged (none stops the others); UsageError for a bad input."""
    cases = example_cases(problem) + (custom_cases(problem, inputs) if inputs else [])
    options = RunOptions(sandbox=sandbox_name, properties=False, custom=tuple(cases))
    return run(problem, submission, options, sandbox=sandbox)
