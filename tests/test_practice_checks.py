"""Judging on save: the examples and a few small hidden cases, in the real sandbox."""

from __future__ import annotations

import threading

from judge.practice.checks import QUICK_HIDDEN_CASES, Checker, complexity_note, failure_line
from judge.problem import load_problem
from judge.verdict import Verdict

CORRECT = """
class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def checker_for(tmp_path, source: str, sandbox) -> Checker:
    path = tmp_path / "two_sum.py"
    path.write_text(source)
    return Checker(load_problem("two-sum"), path, sandbox)


def test_a_save_runs_the_examples_then_the_smallest_hidden_cases(tmp_path, sandbox):
    check = checker_for(tmp_path, CORRECT, sandbox).quick()
    sources = [case.case.source for case in check.result.cases]
    assert check.accepted and sources == ["example"] * 3 + ["hidden"] * QUICK_HIDDEN_CASES
    assert all(len(case.case.input["nums"]) < 1000 for case in check.result.cases)  # the large ones wait for submit


def test_a_wrong_answer_on_an_example_is_shown_in_one_line(tmp_path, sandbox):
    check = checker_for(tmp_path, "def two_sum(nums, target):\n    return [0, 1]\n", sandbox).quick()
    assert check.result.verdict is Verdict.WA and len(check.result.cases) == 2
    assert failure_line(check) == "example 2: nums = [3, 2, 4], target = 6 expected [1, 2], got [0, 1]"


def test_a_check_cancelled_by_a_newer_save_stops_after_the_examples(tmp_path, local_sandbox):
    cancelled = threading.Event()
    cancelled.set()
    check = checker_for(tmp_path, CORRECT, local_sandbox).quick(cancelled=cancelled)
    assert [case.case.source for case in check.result.cases] == ["example"] * 3


def test_an_emptied_file_is_reported_not_raised(tmp_path, local_sandbox):
    check = checker_for(tmp_path, "  \n", local_sandbox).quick()
    assert check.result is None and "is empty" in check.problem and failure_line(check) == check.problem



def test_a_submission_gets_the_full_judgement_with_a_complexity_note(tmp_path, docker_sandbox):
    check = checker_for(tmp_path, CORRECT, docker_sandbox).full()
    assert check.accepted
    assert check.result.properties.examples > 0
    assert check.result.complexity.expected == "O(n)"
    assert complexity_note(check.result) == check.result.complexity.summary()


def test_your_own_cases_beside_the_file_run_on_every_save_after_the_examples(tmp_path, sandbox):
    checker = checker_for(tmp_path, CORRECT, sandbox)
    (tmp_path / "two_sum.cases.json").write_text('[{"nums": [5, 5], "target": 10}]')
    sources = [case.case.source for case in checker.quick().result.cases]
    assert sources == ["example"] * 3 + ["custom"] + ["hidden"] * QUICK_HIDDEN_CASES
    (tmp_path / "two_sum.py").write_text(CORRECT.replace("seen = {}", "seen = {}\n        if nums == [5, 5]:\n"
                                                                      "            return [0, 0]"))
    failed = checker.quick()
    assert failed.result.verdict is Verdict.WA and failed.result.first_failure.case.source == "custom"


def test_own_cases_outside_the_constraints_are_named_and_the_save_still_checked(tmp_path, sandbox):
    checker = checker_for(tmp_path, CORRECT, sandbox)
    (tmp_path / "two_sum.cases.json").write_text('{"nums": [5], "target": 10}')
    check = checker.quick()
    assert check.accepted and any("your cases were not run" in notice and "len(nums)" in notice
                                  for notice in check.result.notices)
