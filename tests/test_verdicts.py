"""Every verdict, on the real Docker sandbox and on the local backend."""

from __future__ import annotations

import pytest

from judge.verdict import Verdict

TWO_SUM = """
class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def test_a_correct_leetcode_solution_is_accepted(judge_source, sandbox):
    result = judge_source("two-sum", TWO_SUM, sandbox)
    assert result.verdict is Verdict.AC
    assert result.passed == result.total > 10


def test_the_result_names_the_python_and_numpy_the_submission_ran_with(judge_source, sandbox):
    ml = judge_source("softmax", "import numpy as np\ndef softmax(logits):\n    return np.asarray(logits) * 0\n",
                      sandbox, properties=False)
    assert ml.sandbox["python"].startswith("3.") and ml.sandbox["numpy"].count(".") == 2
    assert ml.sandbox["preload_ms"] > 0  # numpy was imported before the submission loaded
    dsa = judge_source("two-sum", TWO_SUM, sandbox, properties=False)
    assert "numpy" not in dsa.sandbox and dsa.sandbox["preload_ms"] == 0


def test_a_wrong_answer_shows_the_first_failing_case(judge_source, sandbox):
    result = judge_source("two-sum", "def two_sum(nums, target):\n    return [0, 0]\n", sandbox)
    assert result.verdict is Verdict.WA
    failure = result.first_failure
    assert failure.case.input == {"nums": [2, 7, 11, 15], "target": 9}
    assert failure.expected == [0, 1] and failure.got == [0, 0]


def test_an_infinite_loop_gets_tle_naming_the_case(judge_source, sandbox):
    result = judge_source("two-sum", "def two_sum(nums, target):\n    while True:\n        pass\n", sandbox,
                          time_limit_s=0.5)
    assert result.verdict is Verdict.TLE
    assert result.first_failure.case.name == "example 1"
    # Not mistaken for sleeping, in the reused child too (a machine too busy to give it the CPU says so instead).
    assert "sleeping or blocked" not in result.first_failure.reason


def test_an_infinite_recursion_gets_re_with_its_line_not_tle(judge_source, sandbox):
    """Python stops it at the recursion limit at once; describing 10^5 frames must not eat the time limit."""
    result = judge_source("two-sum", "def two_sum(nums, target):\n    return two_sum(nums, target)\n", sandbox,
                          time_limit_s=1.0)
    assert result.verdict is Verdict.RE, result.first_failure.reason
    assert "RecursionError" in result.first_failure.reason and result.first_failure.error.line == 2


def test_sleeping_past_the_limit_gets_tle(judge_source, sandbox):
    result = judge_source("two-sum", "import time\ndef two_sum(nums, target):\n    time.sleep(30)\n", sandbox,
                          time_limit_s=0.5)
    assert result.verdict is Verdict.TLE
    assert "wall" in result.first_failure.reason


def test_a_memory_bomb_gets_mle(judge_source, sandbox):
    source = "def two_sum(nums, target):\n    hog = []\n    while True:\n        hog.append(bytearray(10**7))\n"
    assert judge_source("two-sum", source, sandbox).verdict is Verdict.MLE


def test_an_exception_gets_re_with_type_message_and_line(judge_source, sandbox):
    source = "def two_sum(nums, target):\n    x = 1\n    return nums[10**6]\n"
    result = judge_source("two-sum", source, sandbox)
    assert result.verdict is Verdict.RE
    error = result.first_failure.error
    assert error.type == "IndexError" and "list index out of range" in error.message
    assert error.line == 3


def test_a_syntax_error_gets_ce_with_line_and_column(judge_source, sandbox):
    result = judge_source("two-sum", "def two_sum(nums, target)\n    return []\n", sandbox)
    assert result.verdict is Verdict.CE
    assert result.error.line == 1 and result.error.column is not None
    assert not result.cases  # no sandbox was needed


def test_a_missing_function_gets_ce_naming_what_was_expected(judge_source, sandbox):
    result = judge_source("two-sum", "def add(a, b):\n    return a + b\n", sandbox)
    assert result.verdict is Verdict.CE
    assert "twoSum" in result.error.message and "two_sum" in result.error.message


def test_a_print_flood_gets_ole(judge_source, sandbox):
    source = "def two_sum(nums, target):\n    while True:\n        print('x' * 10000)\n"
    assert judge_source("two-sum", source, sandbox).verdict is Verdict.OLE


def test_a_crashing_checker_is_an_internal_error_not_the_users_fault(judge_source, sandbox, problem_bank):
    root = problem_bank("two-sum")
    spec = root / "two-sum" / "problem.yaml"
    spec.write_text(spec.read_text().replace("order: any", "checker: true"))
    (root / "two-sum" / "checker.py").write_text("def check(input, expected, got):\n    raise KeyError('bug')\n")
    result = judge_source("two-sum", TWO_SUM, sandbox)
    assert result.verdict is Verdict.IE
    assert "checker.py crashed" in result.first_failure.reason


def test_all_runs_every_case_and_keeps_every_failure(judge_source, sandbox):
    source = "def two_sum(nums, target):\n    return [0, 1]\n"
    result = judge_source("two-sum", source, sandbox, all_failures=True)
    assert len(result.cases) == result.total
    assert len(result.failures) > 1 and result.passed >= 2


def test_a_design_problems_wrong_answer_names_the_call(judge_source, sandbox):
    never_evicts = ("class LRUCache:\n    def __init__(self, capacity):\n        self.d = {}\n"
                    "    def get(self, key):\n        return self.d.get(key, -1)\n"
                    "    def put(self, key, value):\n        self.d[key] = value\n")
    result = judge_source("lru-cache", never_evicts, sandbox)
    assert result.verdict is Verdict.WA
    assert result.first_failure.reason == "answer[5] (get(2)): expected -1, got 2"
