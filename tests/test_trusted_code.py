"""A problem's own code (reference, generators, validate, checker) runs on the host under a
time limit: a broken pack gives one line naming its file, never a hung judge."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from judge import trusted


def spin():
    while True:
        pass


@pytest.mark.parametrize("hang", [spin, lambda: time.sleep(60)], ids=["busy loop", "blocking sleep"])
def test_a_call_that_never_returns_is_stopped_in_the_main_thread(hang):
    started = time.monotonic()
    with pytest.raises(trusted.ProblemCodeTimeout, match=r"the problem's generators.py hidden_cases\(\) did not "
                                                         r"finish in 0.3 s \(pack/generators.py\)"):
        trusted.call_within(0.3, Path("pack/generators.py"), "generators.py hidden_cases()", hang)
    assert time.monotonic() - started < 5


def test_a_call_that_never_returns_is_stopped_in_another_thread():
    """The practice watcher judges in a thread, where no signal reaches."""
    outcome = {}

    def judge_in_a_thread():
        try:
            trusted.call_within(0.3, Path("pack/checker.py"), "checker.py check()", spin)
        except trusted.ProblemCodeTimeout as error:
            outcome["error"] = str(error)

    thread = threading.Thread(target=judge_in_a_thread)
    thread.start()
    thread.join(10)
    assert "checker.py check() did not finish in 0.3 s" in outcome["error"]


def test_a_call_that_returns_or_raises_is_unchanged_in_either_thread():
    assert trusted.call_within(5, Path("x"), "f", lambda a, b: a + b, 2, 3) == 5
    with pytest.raises(AssertionError, match="too long"):
        trusted.call_within(5, Path("x"), "f", _refuse)
    result = {}
    thread = threading.Thread(target=lambda: result.update(value=trusted.call_within(5, Path("x"), "f", max, 1, 4)))
    thread.start()
    thread.join(10)
    assert result == {"value": 4}


def _refuse():
    raise AssertionError("too long")


@pytest.mark.docker
def test_a_pack_whose_checker_never_returns_gets_one_line_and_exit_3(problem_bank):
    root = problem_bank("course-schedule-ii")
    (root / "course-schedule-ii" / "checker.py").write_text("def check(case, expected, got):\n    while True:\n"
                                                             "        pass\n")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "judge.program", "run", "course-schedule-ii",
                           str(Path("problems/course-schedule-ii/reference.py").resolve()), "--color", "never"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "the problem's checker.py check() did not finish in 10 s" in done.stderr + done.stdout
    assert str(root / "course-schedule-ii" / "checker.py") in done.stderr + done.stdout
    assert time.monotonic() - started < 60
