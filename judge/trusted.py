"""A problem's own code runs on the host under a time limit.

The reference, the generators, `validate()` and the checker are trusted (they never
see a submission's code), but a private pack's can be broken: a generator that never
returns would hang `judge run`, a grader or a practice round. Each call into them goes
through `call_within`, which turns a hang into one line naming the problem's file.

In the main thread the limit is timeout-decorator's SIGALRM timer, which also interrupts
a blocking call (a sleep, a read). Signals reach only the main thread, so elsewhere (the
practice watcher judges in a thread) the call runs in a helper thread that the caller
stops waiting for; a pure-Python loop in it is then stopped with an asynchronous
exception, and a call blocked in C is left to finish on its own as a daemon thread.
"""

from __future__ import annotations

import ctypes
import threading
from pathlib import Path
from typing import Any, Callable, TypeVar

import timeout_decorator

from judge.errors import ProblemFormatError

T = TypeVar("T")

REFERENCE_MIN_S = 10.0  # a reference call may take 10x the problem's limit, and never less than this
GENERATORS_S = 120.0  # hidden_cases() of the largest inputs, in pure Python, on a slow machine
QUICK_S = 10.0  # validate(), strategy(), input_of_size() and a checker call


class ProblemCodeTimeout(ProblemFormatError):
    """A problem's trusted code did not return in time: the problem is broken (IE), not the submission."""


class _Stopped(BaseException):
    """Raised inside an abandoned helper thread; BaseException so the problem's `except Exception` cannot eat it."""


def reference_limit_s(time_limit_s: float) -> float:
    return max(REFERENCE_MIN_S, 10 * time_limit_s)


def limit_s(module: str, name: str, time_limit_s: float) -> float:
    """How long one call into a problem's file may take."""
    if (module, name) == ("generators", "hidden_cases"):
        return GENERATORS_S
    if module in ("checker", "reference"):
        return reference_limit_s(time_limit_s)
    return QUICK_S


def call_within(seconds: float, path: Path, role: str, function: Callable[..., T], *args: Any) -> T:
    """function(*args), or ProblemCodeTimeout("the problem's <role> did not finish in N s (<path>)")."""
    timeout = ProblemCodeTimeout(f"the problem's {role} did not finish in {seconds:g} s ({path})",
                                 "the problem's own code is at fault, not your submission")
    if threading.current_thread() is threading.main_thread():
        return _in_main_thread(seconds, timeout, function, args)
    return _in_helper_thread(seconds, timeout, function, args)


def _in_main_thread(seconds, timeout, function, args):
    limited = timeout_decorator.timeout(seconds, use_signals=True, timeout_exception=_Stopped)(function)
    try:
        return limited(*args)
    except _Stopped:
        raise timeout from None


def _in_helper_thread(seconds, timeout, function, args):
    outcome: dict[str, Any] = {}

    def run():
        try:
            outcome["value"] = function(*args)
        except _Stopped:
            pass
        except BaseException as error:  # handed back to the caller's thread as it was raised
            outcome["error"] = error

    worker = threading.Thread(target=run, name="judge-problem-code", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(_Stopped))
        raise timeout
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
