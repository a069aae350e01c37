"""Submit: `judge run`'s full judgement (hidden cases, property search, complexity note) with
each fixed case's verdict streamed to the page as server-sent events while it runs."""

from __future__ import annotations

import asyncio
import threading
from typing import AsyncIterator, Callable

from judge.backends import Sandbox
from judge.errors import JudgeError
from judge.judging import RunOptions, run
from judge.practice.checks import Check
from judge.problem import Problem
from judge.submission import Submission
from judge.verdict import CaseResult, RunResult
from judge.web.wire import dumps, result_json

DONE = object()


def judge_fully(problem: Problem, submission: Submission, sandbox: Sandbox, sandbox_name: str,
                progress: Callable[[CaseResult], None] | None = None) -> RunResult:
    """The options a practice submission is judged with (judge.practice.checks.Checker.full's), and progress."""
    options = RunOptions(sandbox=sandbox_name, example_db=True, complexity=True, progress=progress)
    return run(problem, submission, options, sandbox=sandbox)


def event(kind: str, data: dict) -> bytes:
    return f"event: {kind}\ndata: {dumps(data)}\n\n".encode("utf-8")


async def submission_events(judge: Callable[[Callable[[CaseResult], None]], Check],
                            on_done: Callable[[Check | None, BaseException | None], None]) -> AsyncIterator[bytes]:
    """`case` events as the judgement goes, then one `result` (or `error`). The judgement runs in a thread
    of its own and finishes even if the page goes away, so the history records it either way."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    counter = {"n": 0}

    def progress(case: CaseResult) -> None:
        counter["n"] += 1
        data = {"n": counter["n"], "name": case.case.name, "source": case.case.source,
                "verdict": case.verdict.value, "time_ms": round(case.time_ms, 3)}
        loop.call_soon_threadsafe(queue.put_nowait, ("case", data))

    def work() -> None:
        try:
            check = judge(progress)
        except BaseException as error:  # reported to the page, and the round is told
            on_done(None, error)
            loop.call_soon_threadsafe(queue.put_nowait, ("error", error))
            return
        on_done(check, None)
        loop.call_soon_threadsafe(queue.put_nowait, ("result", check))

    threading.Thread(target=work, name="judge-submit").start()
    yield event("started", {})
    while True:
        kind, value = await queue.get()
        if kind == "case":
            yield event("case", value)
        elif kind == "error":
            message = str(value) if isinstance(value, JudgeError) else f"internal error: {type(value).__name__}: {value}"
            yield event("error", {"message": message})
            return
        else:
            check: Check = value
            data = result_json(check.result) if check.result is not None else {"problem": check.problem}
            yield event("result", data)
            return
