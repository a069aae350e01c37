"""Judging a saved file during practice: a quick check on every save, a full judgement on submit.

The quick check runs the statement's examples, then, if they pass, the few smallest
hidden cases, in one sandbox session: feedback in about a second (a container start
and a few small cases; bench/bench_practice.py measures it), and a run that a newer
save made pointless stops between the two. The full judgement is
`judge run`'s: every hidden case, then the property search.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from judge.backends import LoadRequest, Sandbox
from judge.cases import Case, hidden_cases
from judge.errors import SubmissionError
from judge.judging import Judgement, RunOptions, run
from judge.problem import Problem
from judge.submission import Submission, read_submission
from judge.tagged import brief, brief_input
from judge.text import visible
from judge.verdict import RunResult

QUICK_HIDDEN_CASES = 3


@dataclass(frozen=True)
class Check:
    """One judging of the file as it was saved: a quick check, a submission, or the final one."""

    kind: str  # check | submit | final
    elapsed_s: float  # on the round's clock (0 outside a round)
    result: RunResult | None
    source: str = ""
    problem: str = ""  # why the file could not be judged at all (empty, unreadable), else ""

    @property
    def verdict(self) -> str:
        return self.result.verdict.value if self.result is not None else "--"

    @property
    def accepted(self) -> bool:
        return self.result is not None and self.result.verdict.accepted


def quick_cases(problem: Problem) -> tuple[list[Case], list[Case]]:
    """The examples, and the smallest few hidden cases (the large ones are for the full judgement)."""
    cases = hidden_cases(problem)
    examples = [case for case in cases if case.source == "example"]
    hidden = sorted((case for case in cases if case.source != "example"), key=lambda case: len(case.frame))
    return examples, hidden[:QUICK_HIDDEN_CASES]


class Checker:
    """Judges one problem's saved file, in one sandbox backend, for a whole round or watch session."""

    def __init__(self, problem: Problem, path: Path, sandbox: Sandbox, sandbox_name: str = "auto", warm: bool = False):
        """`warm`: keep the next save's container started ahead (Sandbox.keep_warm), as a round and a watch do."""
        self.problem = problem
        self.path = path
        self.sandbox = sandbox
        self.sandbox_name = sandbox_name
        # Loading the hidden cases and starting a container take a moment: start both now, while the statement shows.
        self._cases: Future = Future()
        threading.Thread(target=self._load_cases, name="judge-cases", daemon=True).start()
        if warm:
            sandbox.keep_warm(LoadRequest.for_problem(problem))  # the container a save of this problem needs (numpy and all)

    def _load_cases(self) -> None:
        try:
            self._cases.set_result(quick_cases(self.problem))
        except Exception as error:  # raised again where the cases are used
            self._cases.set_exception(error)

    @property
    def examples(self) -> list[Case]:
        return self._cases.result()[0]

    @property
    def hidden(self) -> list[Case]:
        return self._cases.result()[1]

    def quick(self, elapsed_s: float = 0.0, cancelled: threading.Event | None = None) -> Check:
        cancelled = cancelled or threading.Event()
        try:
            submission = read_submission(self.path)
        except SubmissionError as error:
            return Check("check", elapsed_s, None, problem=str(error))
        options = RunOptions(sandbox=self.sandbox_name, examples_only=True, properties=False)
        custom, refused = self.custom_cases()
        with Judgement(self.problem, submission, options, self.sandbox) as judgement:
            result = judgement.judge_cases(self.examples)
            for more in (custom, self.hidden):
                if result.verdict.accepted and more and not cancelled.is_set():
                    _extend(result, judgement.judge_cases(more))
        if refused:
            result.notices.append(refused)
        return Check("check", elapsed_s, result, submission.source)

    @property
    def cases_path(self) -> Path:
        """Your own inputs for this file: two_sum.cases.json beside two_sum.py (one input or a list)."""
        return self.path.with_name(self.path.stem + ".cases.json")

    def custom_cases(self) -> tuple[list[Case], str]:
        """The inputs in cases_path, read at every save, and why they were refused ('' when they were not)."""
        if not self.cases_path.is_file():
            return [], ""
        from judge.custom_cases import custom_cases
        from judge.errors import JudgeError

        try:
            return custom_cases(self.problem, [f"@{self.cases_path}"]), ""
        except JudgeError as error:
            return [], f"your cases were not run: {error}"

    def read(self) -> Submission | str:
        """The file as saved now, or why it cannot be judged."""
        try:
            return read_submission(self.path)
        except SubmissionError as error:
            return str(error)

    def full(self, kind: str = "submit", elapsed_s: float = 0.0, submission: Submission | str | None = None) -> Check:
        """The full judgement of `submission` (read when it is None, so a save made meanwhile counts)."""
        submission = self.read() if submission is None else submission
        if isinstance(submission, str):
            return Check(kind, elapsed_s, None, problem=submission)
        # As in a real round's debrief: after Accepted, the measured growth against the expected Big-O.
        options = RunOptions(sandbox=self.sandbox_name, example_db=True, complexity=True)
        return Check(kind, elapsed_s, run(self.problem, submission, options, sandbox=self.sandbox), submission.source)


def _extend(result: RunResult, more: RunResult) -> None:
    result.cases.extend(more.cases)
    result.hidden_total += more.hidden_total
    result.verdict = more.verdict
    result.error = result.error or more.error
    result.properties = result.properties or more.properties


def failure_line(check: Check) -> str:
    """The first failure in one line, for history and plain output; '' when accepted. What the
    submission wrote shows its control characters as visible escapes (judge/text.py)."""
    return visible(_failure_line(check))


def _failure_line(check: Check) -> str:
    if check.result is None:
        return check.problem
    result = check.result
    if result.verdict.accepted:
        return ""
    if result.error is not None and not result.cases:
        where = f" (line {result.error.line})" if result.error.line else ""
        return f"{result.error.message}{where}"
    failure = result.first_failure
    if failure is None:
        return result.verdict.title
    line = f"{failure.case.name}: {brief_input(failure.case.input)}"
    if failure.verdict.value == "WA":
        line += f" expected {brief(failure.expected)}, got {brief(failure.got)}"
    elif failure.reason:
        line += f" {failure.reason}"
    return line[:300]


def complexity_note(result: RunResult | None) -> str | None:
    """What the judge's complexity analysis said (the note's summary), when it measured one: the history keeps it."""
    if result is None or result.complexity is None:
        return None
    return result.complexity.summary()
