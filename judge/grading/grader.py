"""Grading many solutions: each in its own sandbox run, `jobs` at a time, reproducibly.

Every solution gets one `judging.run` of its own, so one container each, never
shared; what a hostile solution does to its container ends with it. The runs go to
worker processes (forked when that is safe, else spawned: _worker_start_method) rather than threads:
the host side of a run (the reference, Hypothesis) is pure Python and would queue on
one interpreter lock, and Hypothesis only recently started promising thread safety.

A grading run never ends in a traceback and never loses a solution: anything that
goes wrong while judging one (a broken problem, a judge bug, a worker process that
dies) becomes that solution's own Internal Error, and the others carry on.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Sequence

from judge.backends import Sandbox
from judge.errors import JudgeError, SubmissionError
from judge.grading.discovery import Solution
from judge.judging import RunOptions, run
from judge.verdict import CaseResult, RunResult, Verdict


def default_jobs() -> int:
    return os.cpu_count() or 1


@dataclass(frozen=True)
class GradeOptions:
    """How every solution is judged. Grading never replays old counterexamples, so runs repeat exactly."""

    sandbox: str = "docker"  # untrusted code: Docker unless asked otherwise
    jobs: int = field(default_factory=default_jobs)
    properties: bool = True  # the Hypothesis property search after the hidden cases
    seed: int | None = None  # the property search's seed; None: each problem's own, fixed seed
    complexity: bool = False  # complexity notes after AC: timing-based, so off unless asked (runs must repeat)

    def run_options(self, sandbox_name: str) -> RunOptions:
        return RunOptions(sandbox=sandbox_name, properties=self.properties, seed=self.seed, example_db=False,
                          complexity=self.complexity)


@dataclass
class Graded:
    """One solution's outcome: the run's result, or, when there is none, the reason in a line."""

    solution: Solution
    verdict: Verdict
    result: RunResult | None = None
    message: str = ""  # why there is no result (an unreadable file, an internal error)
    duration_s: float = 0.0  # wall time of the whole run, container start included

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.AC


def grade(solutions: Sequence[Solution], options: GradeOptions, sandbox: Sandbox,
          on_graded: Callable[[Graded], None] = lambda _: None,
          weight: Callable[[Solution], float] = lambda _: 1.0) -> list[Graded]:
    """Grade every solution; results come back in the order given, `on_graded` is told as each finishes.

    The heaviest solutions start first, so the last one to finish is a short one. With
    jobs > 1 the worker processes are forked, or spawned when this process runs other
    threads: a script that calls this from such a process needs the usual
    `if __name__ == "__main__":` guard.
    """
    order = sorted(range(len(solutions)), key=lambda i: (-weight(solutions[i]), solutions[i]))
    if options.jobs == 1 or len(solutions) <= 1:
        results = {}
        for index in order:
            results[index] = grade_one(solutions[index], options, sandbox)
            on_graded(results[index])
    else:
        sandbox.settle(timeout=2.0)
        results = _grade_in_processes(solutions, order, options, sandbox.name, on_graded)
    return [results[index] for index in range(len(solutions))]


def grade_one(solution: Solution, options: GradeOptions, sandbox: Sandbox | None) -> Graded:
    """Judge one solution in a sandbox run of its own. Never raises for a solution's sake."""
    started = time.perf_counter()
    try:
        if sandbox is None:
            raise JudgeError(_worker_sandbox_error or "no sandbox")
        result = run(solution.problem_id, solution.path, options.run_options(sandbox.name), sandbox=sandbox)
        graded = Graded(solution, result.verdict, _slim(result))
    except SubmissionError as error:  # empty, binary, not UTF-8: the author's to fix, like a syntax error
        graded = Graded(solution, Verdict.CE, message=error.message)
    except JudgeError as error:  # a broken problem, the sandbox: the judge's fault, never the solution's
        graded = Graded(solution, Verdict.IE, message=str(error))
    except Exception as error:  # a bug in the judge must cost one solution, not the whole grading run
        graded = Graded(solution, Verdict.IE, message=f"the judge failed: {type(error).__name__}: {error}")
    graded.duration_s = time.perf_counter() - started
    return graded


def _slim(result: RunResult) -> RunResult:
    """Drop passed cases' inputs and answers: they can be megabytes, and only failures are shown."""
    result.cases = [_without_data(case) if case.passed else case for case in result.cases]
    return result


def _without_data(case: CaseResult) -> CaseResult:
    return dataclasses.replace(case, case=case.case.without_input(), expected=None, got=None)


def _grade_in_processes(solutions: Sequence[Solution], order: list[int], options: GradeOptions,
                        sandbox_name: str, on_graded: Callable[[Graded], None]) -> dict[int, Graded]:
    """Worker processes, at most `jobs` solutions in flight.

    When a worker process dies, every solution in flight fails with it; each is then
    judged again alone (a "suspect"), so only the one that kills its worker again is an IE.
    """
    context = _worker_start_method()
    pending, suspects = deque(order), deque()
    results: dict[int, Graded] = {}

    def record(index: int, graded: Graded) -> None:
        results[index] = graded
        on_graded(graded)

    while pending or suspects:
        with ProcessPoolExecutor(max_workers=min(options.jobs, len(pending) or 1), mp_context=context,
                                 initializer=_open_worker_sandbox, initargs=(sandbox_name,)) as pool:
            _check_workers_start(pool)
            broken = _grade_suspects(pool, suspects, solutions, options, record)
            if not broken:
                _grade_batch(pool, pending, suspects, solutions, options, record)
    return results


def _worker_start_method():
    """fork when this process runs no thread but its own, else spawn.

    A forked worker starts in milliseconds with every module this process has imported;
    a spawned one starts a new interpreter and imports the judge, the docker SDK and
    numpy again (~0.3 s of CPU each, on the cores the solutions need). But a child
    forked beside other threads inherits the locks they held, not the threads, and
    could wait on one for ever (a progress bar's refresher, a sweep of the engine).
    """
    import multiprocessing

    return multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")


def _check_workers_start(pool: ProcessPoolExecutor) -> None:
    """A worker that cannot even start would fail every solution in turn: stop at once instead."""
    try:
        pool.submit(_ready).result()
    except BrokenProcessPool:
        raise JudgeError("the grading worker processes die as they start (see the errors above)",
                         "a script calling judge.grading.grade needs an `if __name__ == '__main__':` guard; "
                         "-j 1 grades without worker processes") from None


def _ready() -> bool:
    return True


def _grade_suspects(pool, suspects: deque, solutions, options, record) -> bool:
    """Judge each suspect alone; True when one broke the pool (it is then an IE)."""
    while suspects:
        index = suspects.popleft()
        try:
            record(index, pool.submit(_grade_in_worker, solutions[index], options).result())
        except BrokenProcessPool:
            record(index, Graded(solutions[index], Verdict.IE,
                                 message="the grading worker process died while judging this solution, twice"))
            return True
    return False


def _grade_batch(pool, pending: deque, suspects: deque, solutions, options, record) -> None:
    """Keep `jobs` solutions in flight until none is pending, or the pool breaks (in-flight ones become suspects)."""
    running: dict[Future, int] = {}
    broken = False
    while (pending and not broken) or running:
        while pending and not broken and len(running) < options.jobs:
            index = pending.popleft()
            try:
                running[pool.submit(_grade_in_worker, solutions[index], options)] = index
            except BrokenProcessPool:
                pending.appendleft(index)
                broken = True
        if not running:
            break
        done, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in done:
            index = running.pop(future)
            try:
                record(index, future.result())
            except BrokenProcessPool:
                broken = True
                suspects.append(index)


_worker_sandbox: Sandbox | None = None
_worker_sandbox_error: str = ""


def _open_worker_sandbox(backend: str) -> None:
    """Each worker process opens its own backend (its own docker client) once.

    A worker ends without CPython's finalisation (0.1-0.4 s of tearing down the judge,
    numpy and Hypothesis, which the pool's shutdown waits for): by then every result
    it produced has been written to the pool's result pipe, and it holds nothing else.
    """
    import atexit

    from judge.backends import sandbox_choice

    atexit.register(_exit_at_once)
    global _worker_sandbox, _worker_sandbox_error
    try:
        _worker_sandbox = sandbox_choice(backend).sandbox
    except JudgeError as error:
        _worker_sandbox_error = str(error)


def _exit_at_once() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _grade_in_worker(solution: Solution, options: GradeOptions) -> Graded:
    return grade_one(solution, options, _worker_sandbox)
