"""`judge practice` and `judge watch` driven through a real pseudo-terminal, as a person uses them.

Each test starts the real command in a pty (pexpect), saves real files the way
editors do, presses keys, and lets a very short clock run out; then it reads the
history the round left behind.
"""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
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
    # The judge sizes itself from its terminal (spawn's 140 columns), as a person's would: a COLUMNS the
    # test run inherited (make and CI set 80) would wrap the statement where a test reads it.
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
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


def summary_text(child: pexpect.spawn) -> str:
    """What the round printed up to the offer of the reference solution, as read on screen: no colour codes."""
    child.expect("show the reference solution")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", child.before).replace("\r\n", "\n")


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
    child.expect(r"examples and small cases pass \(6/6\)")
    assert "Accepted" not in child.before  # a quick check is no verdict: it ran six small cases
    child.send("s")
    child.expect("your time complexity")  # asked before the first submission, as in the round
    child.send("O(n)\r")
    child.expect("your space complexity")
    child.send("\r")  # skipped
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
    assert (record.stated_time, record.stated_space, record.expected_time) == ("O(n)", None, "O(n)")


@pytest.mark.docker
def test_a_save_is_judged_in_the_docker_sandbox_within_the_round(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "docker"], env)
    child.expect("waiting for your first save")
    (tmp_path / "ws" / "two_sum.py").write_text(CORRECT)
    child.expect(r"examples and small cases pass \(6/6\)")
    child.send("qq")
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
    child.send("qq")
    child.expect("Ended early")
    child.send("x")
    assert finished(child) == 1


def test_with_no_color_a_terminal_gets_plain_lines(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "local"], dict(env, NO_COLOR="1"))
    child.expect("round started; press a key")
    (tmp_path / "ws" / "two_sum.py").write_text(WRONG)
    child.expect(r"judge: \[00:0\d\] check: WA Wrong Answer, 1/3 passed — example 2")
    child.send("q")
    child.expect("press q again to end the round")
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
    child.expect("part 1 of 2 over: Gave up")
    child.expect("part 2 of 2")
    child.expect("waiting for your first save")
    child.send("qq")
    child.expect(r"Mock interview: 0 of 2 parts accepted")  # one summary of both parts, at the end
    child.expect(r"part 1 of 2: .*Gave up at")
    child.expect(r"part 2 of 2: .*Ended early at")
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
    child.expect(r"examples and small cases pass \(6/6\) · `judge run` judges every case")
    assert "Accepted" not in child.before
    child.send("q")
    assert finished(child) == 0


def test_watch_of_a_missing_file_is_a_usage_error(place):
    tmp_path, env = place
    done = subprocess.run([JUDGE, "watch", "two-sum", str(tmp_path / "nope.py")], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 2 and done.stderr.startswith("judge: error: ") and "no such file" in done.stderr


STOCK = "best-time-to-buy-and-sell-stock"  # three hints, expected time O(n) and space O(1)
STOCK_ONE_PASS = """class Solution:
    def maxProfit(self, prices):
        low, best = float("inf"), 0
        for price in prices:
            low = min(low, price)
            best = max(best, price - low)
        return best
"""


def test_keys_bring_back_the_statement_and_the_hints_one_at_a_time_counted_in_the_history(place):
    tmp_path, env = place
    child = spawn(["practice", STOCK, "--minutes", "5", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    child.send("v")
    child.expect("You may make at most one trade")  # the statement, printed again
    child.send("h")
    child.expect(r"Hints \(1 of 3\)")
    child.expect("2 more: press h")
    child.send("h")
    child.expect(r"Hints \(2 of 3\)")
    child.send("qq")
    child.expect("hints: 2 of 3 used")
    child.send("x")
    assert finished(child) == 1
    [record], _, _ = rounds_of(tmp_path)
    assert record.hints_used == 2 and record.outcome == "quit"


def test_q_asks_first_and_another_key_takes_the_question_back(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    child.send("q")
    child.expect("press q again to end the round")
    child.send("x")  # not a key of the round: the question goes, the keys come back
    child.expect(r"\[s\] submit")
    child.send("q")
    child.expect("press q again to end the round")  # asked again: one q after another key never ends a round
    child.send("q")
    child.expect("Ended early")
    child.send("x")
    assert finished(child) == 1


def test_submitting_the_untouched_starter_asks_first(place):
    tmp_path, env = place
    child = spawn(["practice", "two-sum", "--minutes", "5", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    child.send("s")
    child.expect("your file is still the starter: press s again to submit it anyway")
    child.send("s")
    child.expect("your time complexity")
    child.send("\x1b")  # Esc: no estimate this time
    child.expect(r"submission at \d\d:\d\d: WA")
    child.send("qq")
    child.expect("Ended early")
    child.send("x")
    assert finished(child) == 1
    [record], submissions, _ = rounds_of(tmp_path)
    assert [s.kind for s in submissions] == ["submit"] and record.stated_time is None


def test_the_complexity_you_say_is_shown_beside_the_measured_and_expected_and_nonsense_is_asked_again(place):
    tmp_path, env = place
    child = spawn(["practice", STOCK, "--minutes", "5", "--sandbox", "local"], env)
    child.expect("waiting for your first save")
    (tmp_path / "ws" / "best_time_to_buy_and_sell_stock.py").write_text(STOCK_ONE_PASS)
    child.expect(r"examples and small cases pass")
    child.send("s")
    child.expect("your time complexity")
    child.send("fast\r")
    child.expect("'fast' is not a class: try O\\(1\\)")
    child.expect("your time complexity")
    child.send("n log n\r")  # key by key: the g of "log" is part of the answer, it gives nothing up
    child.expect("your space complexity")
    child.send("O(1)\r")
    summary = summary_text(child)
    assert re.search(r"Accepted in \d\d:\d\d of 05:00", summary)
    assert re.search(r"complexity +you said +measured +expected *\n"
                     r"time +O\(n log n\) +(O\(n\)|inconclusive) +O\(n\) *\n"
                     r"space +O\(1\) +(O\(1\)|inconclusive) +O\(1\)", summary), summary  # space is measured too
    child.send("x")
    assert finished(child) == 0
    [record], _, _ = rounds_of(tmp_path)
    # A busy machine may leave the measurement inconclusive, never wrong.
    assert (record.stated_time, record.expected_time) == ("O(n log n)", "O(n)") and record.measured_time in ("O(n)", None)
    assert record.stated_space == record.expected_space == "O(1)" and record.measured_space in ("O(1)", None)


def test_with_no_color_the_answer_is_echoed_as_it_is_typed(place):
    tmp_path, env = place
    child = spawn(["practice", STOCK, "--minutes", "5", "--sandbox", "local"], dict(env, NO_COLOR="1"))
    child.expect("round started; press a key")
    (tmp_path / "ws" / "best_time_to_buy_and_sell_stock.py").write_text(STOCK_ONE_PASS)
    child.expect("check: examples and small cases pass")
    child.send("s")
    child.expect(r"your time complexity \(e\.g\. O\(n log n\); Enter skips, Esc both\): ")
    child.send("n lox\x7fg n")
    child.expect("n lox\b \bg n")  # what you type, and what you erase, on the question's line
    child.send("\r\x1b")
    child.expect("you said time O\\(n log n\\)")
    child.expect(r"Accepted in \d\d:\d\d of 05:00")
    child.send("x")
    assert finished(child) == 0


def test_time_running_out_while_the_complexity_is_asked_judges_the_last_save(place):
    tmp_path, env = place
    # Half a minute: the save's check and the question must come before time runs out on a slow machine too.
    child = spawn(["practice", STOCK, "--minutes", "0.5", "--sandbox", "local"], env, timeout=60)
    child.expect("waiting for your first save")
    (tmp_path / "ws" / "best_time_to_buy_and_sell_stock.py").write_text(STOCK_ONE_PASS)
    child.expect("examples and small cases pass")
    child.send("s")
    child.expect("your time complexity")
    child.send("n")  # and no Enter: the clock runs on
    child.expect("time is up: judging the last saved version")
    child.expect(r"Accepted in \d\d:\d\d of 00:30")  # timed at its save
    child.send("x")
    assert finished(child) == 0
    [record], submissions, _ = rounds_of(tmp_path)
    assert [s.kind for s in submissions] == ["check", "final"] and record.stated_time is None


class Lines:
    """A piped judge's stdout, read line by line in a thread, so waiting for a line can time out."""

    def __init__(self, stream):
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            assert line is not None, f"{text!r} did not come:\n{''.join(self.seen)}"
            self.seen.append(line)
            if text in line:
                return line


def test_piped_a_line_answers_the_complexity_question(place):
    tmp_path, env = place
    child = subprocess.Popen([JUDGE, "practice", STOCK, "--minutes", "5", "--sandbox", "local"],
                             env=dict(env, PYTHONUNBUFFERED="1"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        out = Lines(child.stdout)
        out.wait_for("round started")
        (tmp_path / "ws" / "best_time_to_buy_and_sell_stock.py").write_text(STOCK_ONE_PASS)
        out.wait_for("check: examples and small cases pass")
        child.stdin.write("submit\n")
        child.stdin.flush()
        out.wait_for("your time complexity")
        child.stdin.write("O(n log n)\n\n")  # then Enter: space skipped
        child.stdin.flush()
        out.wait_for("you said time O(n log n)")
        out.wait_for("Accepted in")
        child.stdin.write("x\n")
        child.stdin.close()
        assert child.wait(timeout=60) == 0, child.stderr.read()
    finally:
        child.kill()
    [record], _, _ = rounds_of(tmp_path)
    assert (record.stated_time, record.stated_space, record.measured_time) == ("O(n log n)", None, "O(n)")


def test_q_in_the_first_part_of_a_mock_says_it_ends_the_whole_mock_and_the_summary_says_what_never_started(place):
    tmp_path, env = place
    child = spawn(["practice", "--round", "mock", "--minutes", "2", "--seed", "3", "--sandbox", "local"], env)
    child.expect("part 1 of 2")
    child.expect("waiting for your first save")
    child.send("q")
    child.expect("press q again to end the whole mock interview: the next part will not start")
    child.send("q")
    summary = summary_text(child)
    assert re.search(r"Mock interview: 0 of 2 parts accepted.*\npart 1 of 2: .*Ended early at.*\n"
                     r"part 2 of 2: \S+: not started \(you ended the mock interview\)", summary, re.S), summary
    child.send("x")
    assert finished(child) == 1
    [record], _, _ = rounds_of(tmp_path)
    assert record.outcome == "quit"
