"""Judging one submission: spec -> cases -> sandbox -> comparison -> verdict.

This is the library API the CLI, the practice mode and the grader all call.
"""

from __future__ import annotations

import json
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from judge.backends import LoadRequest, Sandbox, Session, WorkerResult, sandbox_choice
from judge.backends.base import SandboxGone, SandboxTimeout, frames
from judge.backends.schema import Malformed, Reason, Status
from judge.cases import Case, example_cases, hidden_cases
from judge.compare import compare
from judge.errors import JudgeError
from judge.problem import Problem, load_problem
from judge.reference import MISSING, Answer, Reference, load_expected, store_expected
from judge.submission import Submission, compile_problem, read_submission
from judge.verdict import CaseResult, ErrorInfo, RunResult, Verdict


@dataclass(frozen=True)
class RunOptions:
    sandbox: str = "auto"  # auto, docker or local
    all_failures: bool = False  # keep going after the first failing case
    properties: bool = True  # the Hypothesis property search after the hidden cases
    examples: int | None = None  # property examples (default: the problem's)
    seed: int | None = None  # property search seed (default: the problem's, so runs repeat)
    example_db: bool = False  # replay counterexamples that failed before (practice, not CI)
    time_limit_s: float | None = None  # overrides the problem's
    memory_limit_mb: int | None = None
    examples_only: bool = False  # the statement's examples only (watch mode)
    complexity: bool = False  # after AC, TLE or a late WA: growth in time and space, hints at slow lines
    smaller_failure: bool = True  # after a large case fails, search for a small input that fails too
    custom: tuple[Case, ...] = ()  # the user's own inputs (judge/custom_cases.py): judged instead of every other case
    progress: Callable[[CaseResult], None] | None = None  # told each fixed case's result as it comes (judge serve)
    # Told the result once its verdict is final, before the complexity note is measured (seconds more):
    # `judge run` shows the verdict at once, then the note when it comes.
    on_verdict: Callable[[RunResult], None] | None = None


def run(problem: str | Problem, solution: str | Path | Submission, options: RunOptions | None = None,
        sandbox: Sandbox | None = None) -> RunResult:
    """Judge `solution` against `problem` and return the typed result. Raises JudgeError on bad input."""
    options = options or RunOptions()
    problem = problem if isinstance(problem, Problem) else load_problem(problem)
    submission = solution if isinstance(solution, Submission) else read_submission(solution)
    notices: list[str] = []
    if sandbox is None:
        chosen = sandbox_choice(options.sandbox)
        sandbox, notices = chosen.sandbox, [chosen.notice] if chosen.notice else []
    with Judgement(problem, submission, options, sandbox) as judgement:
        if options.custom:
            result = judgement.judge_cases(list(options.custom))
            result.notices[:0] = notices
            if options.on_verdict is not None:
                options.on_verdict(result)
            return result
        cases = example_cases(problem) if options.examples_only else hidden_cases(problem)
        result = judgement.judge_cases(cases)
        if options.properties and not options.examples_only:
            from judge.properties import find_smaller_failure, search_properties

            if result.verdict is Verdict.AC:
                search_properties(judgement, result)
            elif options.smaller_failure:
                find_smaller_failure(judgement, result)
        result.notices[:0] = notices
        if options.on_verdict is not None:
            options.on_verdict(result)
        if options.complexity and not options.examples_only:
            from judge.complexity.notes import add_complexity_note, wants_note

            if wants_note(result):
                add_complexity_note(judgement, result)
    return result


class Judgement:
    """One submission against one problem, in one sandbox session (reopened after a time-out).

    The container starts, and the reference computes expected answers, in the
    background while the host loads cases: a run costs little more than a container start.
    The reference is loaded only when an answer is not in the cache: loading it can mean
    importing numpy on the host, a tenth of a second no cached run needs.
    """

    def __init__(self, problem: Problem, submission: Submission, options: RunOptions, sandbox: Sandbox):
        self.problem = problem
        self.submission = submission
        self.options = options
        self.sandbox = sandbox
        self.time_s = options.time_limit_s or problem.limits.time_s
        self.memory_mb = options.memory_limit_mb or problem.limits.memory_mb
        self.compile_problem = compile_problem(submission, problem.signature)
        self.background = ThreadPoolExecutor(max_workers=2, thread_name_prefix="judge")
        self.sessions = _Sessions(sandbox, self.load_request())
        if self.compile_problem is None:
            self.sessions.open_in(self.background)
        self._reference: Reference | None = None
        self._reference_lock = threading.Lock()  # background threads may want it at once
        self.generated_wall_ms = 0.0  # the submission's own time on generated cases, as the runner measured it

    def __enter__(self) -> "Judgement":
        return self

    def __exit__(self, *exc_info) -> None:
        self.sessions.close()
        self.background.shutdown(wait=True, cancel_futures=True)

    @property
    def reference(self) -> Reference:
        with self._reference_lock:
            if self._reference is None:
                self._reference = Reference(self.problem)
            return self._reference

    def load_request(self) -> LoadRequest:
        return LoadRequest.for_problem(self.problem, self.submission.source, self.submission.filename,
                                       self.time_s, self.memory_mb)

    def empty_result(self, verdict: Verdict, total: int) -> RunResult:
        return RunResult(self.problem.id, str(self.submission.path), verdict, hidden_total=total,
                         time_limit_s=self.time_s, memory_limit_mb=self.memory_mb, sandbox=self.sandbox.describe())

    def expected_answers(self, cases: list[Case]) -> tuple[list[Future], bool]:
        """Expected answers in case order, and whether they were stored by an earlier run
        (else they are being computed in the background)."""
        custom = any(case.source == "custom" for case in cases)  # never cached: the names say nothing of the inputs
        stored = MISSING if custom else load_expected(self.problem, cases)
        if stored is not MISSING:
            return [_done(answer) for answer in stored], True
        computing = [self.background.submit(lambda case=case: Answer.of(self.reference.answer(case))) for case in cases]
        return computing, False

    def judge_cases(self, cases: list[Case]) -> RunResult:
        if self.compile_problem is not None:
            result = self.empty_result(Verdict.CE, len(cases))
            problem = self.compile_problem
            result.error = ErrorInfo("CompileError", problem.message, problem.line, problem.column)
            return result
        result = self.empty_result(Verdict.AC, len(cases))
        expected, stored = self.expected_answers(cases)
        for case, answer in zip(cases, expected):
            outcome = self.judge_case(case, answer.result, reuse=True, memory=True)
            if not outcome.passed and outcome.verdict is not Verdict.TLE:
                # Confirmed in a fresh child, so no verdict rests on state an earlier case left
                # behind. A time-out is final: its CPU time is the case's own, and waiting out
                # the limit twice would only slow the report.
                outcome = self.judge_case(case, answer.result)
            result.cases.append(outcome)
            if self.options.progress is not None:
                self.options.progress(outcome)
            keep_going = self.options.all_failures or bool(self.options.custom)  # every custom case is shown
            if not outcome.passed and (not keep_going or outcome.verdict is Verdict.CE):
                break
        for future in expected:
            future.cancel()
        result.sandbox.update(self.sessions.runtime())
        if not stored and not self.options.custom and all(future.done() and not future.cancelled() and future.exception() is None
                              for future in expected):
            store_expected(self.problem, cases, [future.result() for future in expected])
        failure = result.first_failure
        if failure is not None:
            result.verdict = failure.verdict
            if failure.verdict is Verdict.CE:
                result.error = failure.error
        return result

    def judge_case(self, case: Case, expected: Callable[[], object], reuse: bool = False,
                   memory: bool = False) -> CaseResult:
        """Run one case in the sandbox; `expected` gives the reference's answer when needed.

        `reuse` runs it in the session's persistent child (LeetCode's way: one process
        for every case, a new Solution() each), else in a fresh child of its own.
        """
        try:
            worker = self.sessions.current().run(None, reuse=reuse, memory=memory, frame=case.frame)
        except (SandboxTimeout, SandboxGone) as lost:
            return self._sandbox_lost(case, lost)
        return self.verdict_for(case, worker, expected)

    def judge_ahead(self, cases: list[Case], expected: Callable[[int], object]) -> CaseResult | None:
        """Judge `cases` in the persistent child, each sent before the answers ahead of it are back
        (Session.run_ahead); the first that fails, or None. `expected(i)` gives case i's answer.

        After a failure the cases still in flight have run in a child whose state no verdict
        may rest on, and their answers would be read as the next ones: the session is closed,
        and the next case opens a fresh sandbox.
        """
        index = 0
        answers = self.sessions.current().run_ahead([case.frame for case in cases])
        try:
            for index, worker in enumerate(answers):
                outcome = self.verdict_for(cases[index], worker, lambda: expected(index))
                if not outcome.passed:
                    answers.close()  # its thread rejoins the runner's CPU before the session goes
                    if index < len(cases) - 1:
                        self.sessions.discard()
                    return outcome
        except (SandboxTimeout, SandboxGone) as lost:
            return self._sandbox_lost(cases[index], lost)
        return None

    def _sandbox_lost(self, case: Case, lost: Exception) -> CaseResult:
        """The verdict when the sandbox stopped answering during `case`; it is discarded either way."""
        if isinstance(lost, SandboxTimeout):
            self.sessions.discard()
            limit = self.load_request().wall_cap_s
            return CaseResult(case, Verdict.TLE, wall_ms=limit * 1000, reason=f"no answer within {limit:.1f} s")
        oom = self.sessions.died_of_oom()
        self.sessions.discard()
        if oom:
            return CaseResult(case, Verdict.MLE, reason="the sandbox ran out of memory")
        return CaseResult(case, Verdict.IE, reason=f"the sandbox stopped answering: {lost}")

    def reset_persistent_child(self) -> None:
        """The next reused case runs in a fresh persistent child (a sandbox that stopped answering is replaced anyway)."""
        try:
            self.sessions.current().reset()
        except (SandboxTimeout, SandboxGone):
            self.sessions.discard()

    def verdict_for(self, case: Case, worker: WorkerResult, expected: Callable[[], object]) -> CaseResult:
        measured = dict(time_ms=worker.cpu_ms, wall_ms=worker.wall_ms, memory_kb=worker.peak_kb, stdout=worker.stdout)
        if case.source == "generated":
            self.generated_wall_ms += worker.wall_ms
        if worker.status is Status.OK:
            return self._judge_answer(case, worker, expected, measured)
        verdict = FAILURE_VERDICTS[worker.status]
        error = _error_info(worker)
        keep_error = worker.status in (Status.ERROR, Status.COMPILE_ERROR, Status.MLE)
        return CaseResult(case, verdict, reason=self._failure_reason(worker, error),
                          error=error if keep_error else None, **measured)

    def _judge_answer(self, case: Case, worker: WorkerResult, expected: Callable[[], object],
                      measured: dict) -> CaseResult:
        """AC or WA for an answer (RE for one the submission forged outside the judge's form)."""
        answer = expected()
        answer, encoded = (answer.value, answer.json) if isinstance(answer, Answer) else (answer, None)
        if self._identical(answer, encoded, worker):
            return CaseResult(case, Verdict.AC, expected=answer, got=answer, **measured)
        try:
            got = worker.value
        except Malformed as malformed:  # only an answer frame the submission wrote itself gets here
            return CaseResult(case, Verdict.RE, reason=_malformed_reason(str(malformed)), **measured)
        try:
            mismatch = self._compare(case, answer, got)
        except CheckerCrash as crash:
            return CaseResult(case, Verdict.IE, expected=answer, got=got, reason=crash.message, **measured)
        if mismatch is None:
            return CaseResult(case, Verdict.AC, expected=answer, got=got, **measured)
        reason = _name_the_call(mismatch[0], case) if self.problem.signature.kind == "design" else mismatch[0]
        return CaseResult(case, Verdict.WA, expected=answer, got=got, reason=reason, hint=mismatch[1], **measured)

    def _failure_reason(self, worker: WorkerResult, error: ErrorInfo | None) -> str:
        """Why a case that gave no answer failed, in the user's terms."""
        status, detail = worker.status, worker.detail
        if status is Status.COMPILE_ERROR:
            return error.message if error else ""
        if status is Status.TLE:
            return self._time_out_reason(worker)
        if status is Status.MLE:
            return f"over the {self.memory_mb} MB limit"
        if status is Status.TOO_LARGE:
            return error.message if error else "the answer is larger than the judge reads"
        if status is Status.OLE:
            return "printed more than the output limit"
        if status is Status.ERROR:
            return error.message if error else "an exception"
        if status is Status.CRASH:
            return _crash_reason(detail)
        return _malformed_reason(detail)

    def _time_out_reason(self, worker: WorkerResult) -> str:
        if worker.detail == Reason.BUSY:
            return (f"no answer within {self.load_request().wall_cap_s:g} s of wall time, most of it spent "
                    f"waiting for a CPU (used {worker.cpu_ms / 1000:.2f} s of the {self.time_s:g} s limit): "
                    "the machine is overloaded; run again when it is quieter")
        if worker.detail == Reason.WALL:
            return f"over the {self.time_s:g} s limit (wall clock: sleeping or blocked?)"
        if worker.detail == Reason.CPU_WITH_PROCESSES:
            return (f"over the {self.time_s:g} s limit (CPU time: {worker.cpu_ms / 1000:.2f} s, counting the "
                    "processes it started, as every process it starts is billed)")
        return f"over the {self.time_s:g} s limit (CPU time)"

    def _identical(self, expected, encoded: bytes | None, worker: WorkerResult) -> bool:
        """The answer is the expected one byte for byte (`encoded`: the expected one's JSON, when
        known): accepted by every comparison, found without decoding it (a checker, which may ask
        more of an answer than the reference's, always decides)."""
        if worker.value_json is None or self.problem.comparison.checker:
            return False
        try:
            return worker.value_json == (encoded if encoded is not None else frames.json_bytes(expected))
        except (TypeError, ValueError):  # not plain JSON: leave it to compare()
            return False

    def _compare(self, case: Case, expected, got) -> tuple[str, str] | None:
        if self.problem.comparison.checker:
            return _run_checker(self.problem, case, expected, got)
        mismatch = compare(expected, got, self.problem.comparison)
        return None if mismatch is None else (mismatch.reason, mismatch.hint)


class _Sessions:
    """The current session, reopened in a fresh sandbox after a time-out or a crash."""

    def __init__(self, sandbox: Sandbox, load: LoadRequest):
        self.sandbox = sandbox
        self.load = load
        self.session: Session | None = None
        self.opening: Future | None = None

    def open_in(self, executor: ThreadPoolExecutor) -> None:
        """Start the first sandbox now, in the background."""
        self.opening = executor.submit(self.sandbox.open, self.load)

    def current(self) -> Session:
        if self.session is None:
            opening, self.opening = self.opening, None
            self.session = opening.result() if opening is not None else self.sandbox.open(self.load)
        return self.session

    def died_of_oom(self) -> bool:
        return self.session is not None and self.session.died_of_oom()

    def runtime(self) -> dict[str, object]:
        """What the submission runs with, once a session is open: Python's and numpy's versions,
        and how long the runner took to import numpy before the submission loaded (ms)."""
        info = self.session.info if self.session is not None else {}
        return {key: info[key] for key in ("python", "numpy", "preload_ms") if info.get(key) is not None}

    def discard(self) -> None:
        if self.session is None and self.opening is not None:
            try:
                self.session = self.opening.result()
            except Exception:
                pass
            self.opening = None
        if self.session is not None:
            self.session.close()
            self.session = None

    close = discard


def _done(value: object) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


# The verdict for each way a case can end without an answer to compare (Status.OK is compared:
# AC or WA). Every status is the submission's doing, so none is an internal error.
FAILURE_VERDICTS = {
    Status.ERROR: Verdict.RE,
    Status.COMPILE_ERROR: Verdict.CE,
    Status.TOO_LARGE: Verdict.OLE,
    Status.TLE: Verdict.TLE,
    Status.MLE: Verdict.MLE,
    Status.OLE: Verdict.OLE,
    Status.CRASH: Verdict.RE,
    Status.MALFORMED: Verdict.RE,
}


def _error_info(worker: WorkerResult) -> ErrorInfo | None:
    if not worker.error:
        return None
    error = worker.error
    return ErrorInfo(str(error.get("type", "Error")), str(error.get("message", "")), error.get("line"),
                     error.get("column"), str(error.get("traceback", "")))


def _malformed_reason(why: str) -> str:
    return f"the answer is not in the judge's form ({why}): did the code write to the judge's answer pipe?"


def _crash_reason(detail: str) -> str:
    if detail == "SIGSEGV":
        return "crashed with SIGSEGV (runaway recursion?)"
    if detail == "garbled answer":
        return "the answer frame is garbled: did the code write to the judge's answer pipe?"
    if detail == "broken runtime":
        return "the submission broke Python's own runtime (builtins or the standard library), so no answer came back"
    if detail.startswith("exit status"):
        return f"the process ended ({detail}) before returning: sys.exit() or os._exit()?"
    return f"the process was killed ({detail or 'unknown cause'})"


def _run_checker(problem: Problem, case: Case, expected, got) -> tuple[str, str] | None:
    from judge.tagged import decode

    check = problem.function("checker", "check")
    try:
        verdict = check(case.fresh_input(), decode(expected), decode(got))
    except JudgeError:
        raise
    except Exception as error:
        raise CheckerCrash(f"checker.py crashed on {case.name}: {type(error).__name__}: {error}") from None
    return None if verdict in (None, True) else (str(verdict), "")


_ANSWER_INDEX = re.compile(r"^answer\[(\d+)\]")


def _name_the_call(reason: str, case: Case) -> str:
    """A design problem's answer[i] is the return of its i-th call: `answer[5] (get(2)): expected -1, got 2`."""
    found = _ANSWER_INDEX.match(reason)
    if found is None:
        return reason
    try:
        index = int(found[1])
        operation, arguments = case.input["operations"][index], case.input["arguments"][index]
        call = f"{operation}({', '.join(json.dumps(argument) for argument in arguments)})"
    except (KeyError, IndexError, TypeError, ValueError):
        return reason
    return f"{found[0]} ({call[:80]}){reason[found.end():]}"


class CheckerCrash(JudgeError):
    """The problem's own checker failed: an internal error, never the submission's fault."""


__all__ = ["Judgement", "RunOptions", "run"]
