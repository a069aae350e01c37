"""`judge practice` and `judge watch` driven through a real pseudo-terminal, as a person uses them.

Each test starts the real command in a pty (pexpect), saves real files the way
editors do, presses keys, and lets a very short clock run out; then it reads the
history the round left behind.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from judge.practice.history import History

JUDGE = str(Path(sys.executable).parent / "judge")
CORRECT = """class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"
ANSI = re.compile(r"\x1b\[")
STYLE = r"(?:\x1b\[[0-9;]*m)*"  # colour codes between words on a terminal


@pytest.fixture
def place(tmp_path):
    """Private history and workspace folders, and the environment that points the judge at them."""
    env = dict(os.environ, JUDGE_DATA_DIR=str(tmp_path / "data"), JUDGE_WORKSPACE=str(tmp_path / "ws"),
               TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    env.pop("CI", None)
    return tmp_path, env


def spawn(args: list[str], env: dict, timeout: float = 30) -> pexpect.spawn:
    """The judge on a terminal of its own, as a person starts it: Ctrl-C interrupts it, even when these
    tests run in the background (a shell starts background jobs with SIGINT ignored, and children inherit that)."""
    return pexpect.spawn(JUDGE, args, env=env, dimensions=(50, 140), encoding="utf-8", timeout=timeout,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def save_by_rename(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text)
    os.replace(temporary, path)


def finished(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else -child.signalstatus


def rounds_of(tmp_path: Path):
    with History(tmp_path / "data" / "history.sqlite3") as history:
        return history.rounds(), history.submissions(), history.review_cards()


def test_a_round_checks_every_save_and_ends_on_an_accepted_submission(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    solution = tmp_path / "ws" / "two_sum.py"
    assert "class Solution" in solution.read_text() and "def twoSum" in solution.read_text()  # the starter
    solution.write_text(WRONG)  # an in-place save
    child.expect("WA Wrong Answer, 1/3 passed")
    save_by_rename(solution, CORRECT)  # how vim and JetBrains save
    child.expect(r"AC Accepted, 6/6 passed")
    child.send("s")
    child.expect(r"Accepted in \d\d:\d\d of 05:00")
    child.expect("show the reference solution")
    child.send("r")
    child.expect("Reference solution for two-sum")
    assert finished(child) == 0
    [record], submissions, cards = rounds_of(tmp_path)
    assert record.outcome == "accepted" and 0 < record.solve_s < 60 and record.first_try
    assert [s.kind for s in submissions] == ["check", "check", "submit"]
    assert [s.verdict for s in submissions] == ["WA", "AC", "AC"] and submissions[-1].source == CORRECT
    assert submissions[1].total == 6 and submissions[-1].total > 6  # the submission ran every hidden case
    assert cards == {}  # solved fast, first try: nothing to review


@pytest.mark.docker
def test_a_save_is_judged_in_the_docker_sandbox_within_the_round(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "docker"], env)
    child.expect("waiting for your first save")
    (tmp_path / "ws" / "two_sum.py").write_text(CORRECT)
    child.expect(r"AC Accepted, 6/6 passed")
    child.send("q")
    child.expect("Ended early")
    child.send("x")
    assert finished(child) == 1
    [record], submissions, _ = rounds_of(tmp_path)
    assert record.outcome == "quit" and [s.verdict for s in submissions] == ["AC"]


def test_when_the_countdown_runs_out_the_last_saved_version_is_judged(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "0.05", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    (tmp_path / "ws" / "two_sum.py").write_text(WRONG)
    child.expect("WA Wrong Answer")
    child.expect(r"00:00 left")
    child.expect(r"Time is up at 00:03 of 00:03")
    child.expect("show the reference solution")
    child.send("x")
    assert finished(child) == 1
    [record], submissions, cards = rounds_of(tmp_path)
    assert record.outcome == "timeout" and submissions[-1].kind == "final" and submissions[-1].verdict == "WA"
    assert cards["two-sum"].interval_days == 1.0  # back tomorrow


@pytest.mark.parametrize("stop", ["ctrl-c", "sigterm"])
def test_ctrl_c_or_a_kill_ends_the_round_cleanly_and_records_it(place, stop):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    (tmp_path / "ws" / "two_sum.py").write_text(WRONG)
    child.expect("WA Wrong Answer")
    if stop == "ctrl-c":
        child.sendintr()
    else:
        os.kill(child.pid, signal.SIGTERM)
    child.expect("Ended early")
    child.expect("judge: interrupted; the round is recorded")
    assert "Traceback" not in child.before
    assert finished(child) == 130
    [record], _, cards = rounds_of(tmp_path)
    assert record.outcome == "quit" and record.ended_at is not None and "two-sum" in cards


def test_giving_up_takes_two_presses_of_g(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    child.send("g")
    child.expect("press g again to give up")
    child.send("g")
    child.expect("Gave up at")
    child.send("x")
    assert finished(child) == 1
    assert rounds_of(tmp_path)[0][0].outcome == "gave_up"


def test_a_casual_round_can_pause_the_clock(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--casual", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    child.send("p")
    child.expect(r"\(paused\)")
    child.send("q")
    child.send("x")
    assert finished(child) == 1


def test_with_no_color_a_terminal_gets_plain_lines(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "local"], dict(env, NO_COLOR="1"))
    child.expect("round started; press a key")
    (tmp_path / "ws" / "two_sum.py").write_text(WRONG)
    child.expect(r"judge: \[00:0\d\] check: WA Wrong Answer, 1/3 passed — example 2")
    child.send("q")
    child.expect("Ended early")
    child.send("x")
    assert finished(child) == 1
    assert not ANSI.search(child.before)


def test_piped_it_prints_plain_lines_and_reads_commands_as_lines(place):
    tmp_path, env = place
    done = subprocess.run([JUDGE, "practice", "two-sum", "--minutes", "0.05", "--sandbox", "local"], env=env,
                          input="", capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "round started; type a letter and Enter" in done.stdout
    assert "time is up: judging the last saved version" in done.stdout and "Time is up at" in done.stdout
    assert not ANSI.search(done.stdout) and "Traceback" not in done.stderr


def test_a_mock_round_is_a_coding_medium_then_an_ml_problem_on_one_clock(place):
    tmp_path, env = place
    child = spawn(["practice", "--round", "mock", "--minutes", "2", "--seed", "3", "--sandbox", "local"], env)
    child.expect("part 1 of 2")
    child.expect("waiting for your first save")
    child.send("gg")
    child.expect("Gave up")
    child.expect("part 2 of 2")
    child.expect("waiting for your first save")
    child.send("q")
    child.send("x")
    assert finished(child) == 1
    (first, second), _, _ = rounds_of(tmp_path)
    assert (first.track, first.difficulty, second.track) == ("dsa", "medium", "ml")
    assert first.mode == second.mode == "mock" and first.session == second.session is not None
    assert second.limit_s < first.limit_s  # the second part gets what is left of the clock


def test_a_round_killed_outright_is_recorded_as_abandoned(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    (tmp_path / "ws" / "two_sum.py").write_text(WRONG)
    child.expect("WA Wrong Answer")
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    exported = subprocess.run([JUDGE, "history", "--export", "json"], env=env, capture_output=True, text=True)
    [record] = json.loads(exported.stdout)["rounds"]
    assert record["outcome"] == "abandoned" and [s["verdict"] for s in record["submissions"]] == ["WA"]


def test_watch_runs_at_once_then_on_every_save_on_a_cleared_screen(place):
    tmp_path, env = place
    solution = tmp_path / "two_sum.py"
    solution.write_text(WRONG)
    child = spawn(["watch", "two-sum", str(solution), "--sandbox", "local"], env)
    child.expect(f"Wrong Answer{STYLE} on example 2")
    save_by_rename(solution, CORRECT)
    child.expect(r"\x1b\[2J|\x1b\[H")  # the screen is cleared between runs
    child.expect(r"run 2 · save to re-run")
    child.expect(rf"Accepted{STYLE}\s+6/6 passed")
    child.send("q")
    assert finished(child) == 0


def test_watch_of_a_missing_file_is_a_usage_error(place):
    tmp_path, env = place
    done = subprocess.run([JUDGE, "watch", "two-sum", str(tmp_path / "nope.py")], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 2 and done.stderr.startswith("judge: error: ") and "no such file" in done.stderr
