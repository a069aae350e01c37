"""`judge verify`: prove each problem's tests with its known submissions, Kattis style.

A problem passes when its spec loads, its statement's examples agree with the
reference, every input satisfies its constraints, the reference and every
accepted/ submission get AC, every wrong_answer/ submission is rejected (WA or RE),
every time_limit/ submission gets TLE even at twice the time limit and has a margins
record that shows it needs ten times the limit (judge.margins), and the time limit
leaves a wide margin over the reference's slowest case.
"""

from __future__ import annotations

import atexit
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from judge.backends import LoadRequest, Sandbox
from judge.cases import Case, hidden_cases
from judge.compare import compare
from judge.complexity.measure import Budget
from judge.complexity.notes import problem_workload
from judge.errors import JudgeError
from judge.judging import RunOptions, run
from judge.margins import read_record, record_problems
from judge.problem import Problem, load_problem
from judge.reference import Reference
from judge.verdict import RunResult, Verdict

MARGIN = 3.0  # the time limit must be at least this many times the reference's slowest case
TIME_LIMIT_MARGIN = 2.0  # a time_limit/ submission must time out even with this many times the limit
EXPECTED = {"accepted": {Verdict.AC}, "wrong_answer": {Verdict.WA, Verdict.RE}, "time_limit": {Verdict.TLE}}


@dataclass
class Check:
    what: str
    ok: bool
    detail: str = ""


@dataclass
class ProblemVerification:
    problem_id: str
    checks: list[Check] = field(default_factory=list)
    reference_ms: float = 0.0
    reference_case: str = ""
    time_limit_ms: float = 0.0
    slow_margins: dict[str, str] = field(default_factory=dict)  # time_limit/ file -> its recorded margin, ">= 10.5x"

    @property
    def reference_margin(self) -> float:
        return self.time_limit_ms / max(self.reference_ms, 1.0)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)

    @property
    def failures(self) -> list[Check]:
        return [check for check in self.checks if not check.ok]


def verify_problems(problem_ids: list[str], sandbox: Sandbox, jobs: int = 1,
                    log: Callable[[str], None] = lambda _: None) -> list[ProblemVerification]:
    """Verify each problem, `jobs` at a time in worker processes; outcomes come back in the order asked.

    Processes, not threads: the reference and Hypothesis are pure Python on the host,
    and Hypothesis does not promise thread safety. Each worker opens its own backend.
    """
    if jobs == 1 or len(problem_ids) < 2:
        try:
            return [verify_problem(problem_id, sandbox, log) for problem_id in problem_ids]
        finally:
            sandbox.close()  # the container kept started for a next submission
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_open_worker_sandbox,
                             initargs=(sandbox.name,)) as pool:
        return list(pool.map(_verify_in_worker, problem_ids))


_worker_sandbox: Sandbox | None = None


def _open_worker_sandbox(backend: str) -> None:
    from judge.backends import sandbox_choice

    global _worker_sandbox
    _worker_sandbox = sandbox_choice(backend).sandbox
    atexit.register(_worker_sandbox.close)  # its container kept started ahead


def _verify_in_worker(problem_id: str) -> ProblemVerification:
    return verify_problem(problem_id, _worker_sandbox, log=lambda message: print(f"judge: verifying {message}",
                                                                                 file=sys.stderr, flush=True))


def verify_problem(problem_id: str, sandbox: Sandbox, log: Callable[[str], None] = lambda _: None) -> ProblemVerification:
    outcome = ProblemVerification(problem_id)
    try:
        problem = load_problem(problem_id)
        cases = hidden_cases(problem)
        reference = Reference(problem)
    except JudgeError as error:
        outcome.checks.append(Check("spec loads", False, str(error)))
        return outcome
    outcome.checks.append(Check("spec loads", True, f"{len(cases)} hidden cases"))
    outcome.checks.append(_examples_match(problem, reference))
    outcome.checks.append(_inputs_valid(problem, cases))
    outcome.time_limit_ms = problem.limits.time_s * 1000
    # Each known submission runs in a fresh container, as any submission does; the next one is started while
    # the current one runs (bench/RESULTS.md, section verify), the problem's own trusted files in turn.
    sandbox.keep_warm(LoadRequest.for_problem(problem))
    for kind, path in [("reference", problem.folder / "reference.py")] + [
            (kind, path) for kind in EXPECTED for path in problem.submissions(kind)]:
        log(f"{problem_id}: {kind} {path.name}")
        outcome.checks.append(_judge_known(problem, path, kind, sandbox, outcome))
    outcome.checks.append(_margin(outcome))
    outcome.checks.extend(_slow_margins(problem, cases, outcome))
    if not problem.submissions("accepted"):
        outcome.checks.append(Check("accepted/ has a submission", False, "add one by another approach"))
    if len(problem.submissions("wrong_answer")) < 2:
        outcome.checks.append(Check("wrong_answer/ has two submissions", False, "add realistic bugs"))
    return outcome


def _examples_match(problem: Problem, reference: Reference) -> Check:
    for index, example in enumerate(problem.examples, 1):
        expected = reference.answer(Case(f"example {index}", example.input, "example"))
        if problem.comparison.checker:
            verdict = problem.function("checker", "check")(example.input, expected, example.output)
            mismatch = None if verdict in (None, True) else verdict
        else:
            result = compare(expected, example.output, problem.comparison)
            mismatch = None if result is None else result.reason
        if mismatch:
            return Check("examples agree with the reference", False, f"example {index}: {mismatch}")
    return Check("examples agree with the reference", True, f"{len(problem.examples)} examples")


def _inputs_valid(problem: Problem, cases: list[Case]) -> Check:
    validate = problem.function("generators", "validate")
    if validate is None:
        return Check("inputs satisfy the constraints", True, "no validate() to check")
    for case in cases:
        try:
            validate(case.fresh_input())
        except Exception as error:
            return Check("inputs satisfy the constraints", False, f"{case.name}: {error}")
    from judge.properties import generated_inputs_valid

    problem_text = generated_inputs_valid(problem) or _first_measured_input_invalid(problem, validate)
    if problem_text:
        return Check("inputs satisfy the constraints", False, problem_text)
    return Check("inputs satisfy the constraints", True, f"{len(cases)} hidden + generated inputs")


def _first_measured_input_invalid(problem: Problem, validate: Callable) -> str:
    """What is wrong with the complexity note's first input, if anything. Larger ones may pass the constraints
    (growth shows best beyond them); the first must be one the reference can answer."""
    workload = problem_workload(problem)
    if workload is None:
        return ""
    n = Budget().start_n
    try:
        validate(workload.input(n))
    except Exception as error:
        return f"input_of_size({n}), the complexity note's first input: {type(error).__name__}: {error}"
    return ""


def _judge_known(problem: Problem, path: Path, kind: str, sandbox: Sandbox, outcome: ProblemVerification) -> Check:
    wanted = EXPECTED.get(kind, {Verdict.AC})
    options = RunOptions(smaller_failure=False)  # a known wrong submission needs its verdict, not a diagnosis
    limit_s = problem.limits.time_s
    if kind == "time_limit":
        # Over the limit by a hair is not reliable on a noisy machine: it must time out even at twice the limit.
        options = RunOptions(properties=False, time_limit_s=limit_s * TIME_LIMIT_MARGIN)
    result = run(problem, path, options, sandbox=sandbox)
    if kind == "reference" and result.verdict is Verdict.AC:
        outcome.reference_ms = result.time_ms
        outcome.reference_case = max(result.cases, key=lambda case: case.time_ms).case.name
    name = f"{kind}/{path.name}" if kind != "reference" else "reference.py"
    expected = " or ".join(sorted(v.value for v in wanted))
    if kind == "time_limit":
        expected += f" at {TIME_LIMIT_MARGIN:g} x {limit_s:g} s"
    return Check(name, result.verdict in wanted, f"expected {expected}, got {_what_happened(result)}")


def _what_happened(result: RunResult) -> str:
    """The verdict, and by how much: the failing case and why, or for AC the slowest case."""
    failure = result.first_failure
    if failure is not None:
        reason = f": {failure.reason}" if failure.reason else ""
        return f"{result.verdict.value} on '{failure.case.name}'{reason}"
    if not result.cases:
        return result.verdict.value
    slowest = max(result.cases, key=lambda case: case.time_ms)
    return f"{result.verdict.value} (slowest case {slowest.time_ms / 1000:.2f} s, '{slowest.case.name}')"


def _slow_margins(problem: Problem, cases: list[Case], outcome: ProblemVerification) -> list[Check]:
    """Each time_limit/ submission's recorded margin over the limit (judge.margins)."""
    record = read_record(problem)
    checks = []
    for file, problem_text in record_problems(problem, cases).items():
        name = f"time_limit/{file} margin"
        if problem_text:
            checks.append(Check(name, False, problem_text))
        else:
            margin = record.submissions[file]
            outcome.slow_margins[file] = margin.times
            checks.append(Check(name, True, margin.describe(problem.limits.time_s)))
    return checks


def _margin(outcome: ProblemVerification) -> Check:
    if not outcome.reference_ms:
        return Check("time limit margin", False, "the reference was not accepted")
    ratio = outcome.reference_margin
    detail = (f"expected the {outcome.time_limit_ms / 1000:g} s limit to be >= {MARGIN:g}x the reference's slowest "
              f"case, got {ratio:.1f}x ({outcome.reference_ms / 1000:.2f} s on '{outcome.reference_case}')")
    return Check("time limit margin", ratio >= MARGIN, detail)
