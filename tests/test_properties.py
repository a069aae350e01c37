"""The property search: bugs the fixed cases miss are found, shrunk, and reported the same way every run."""

from __future__ import annotations

import pytest

from judge.report import to_json
from judge.verdict import Verdict

pytestmark = pytest.mark.docker

IGNORES_NEGATIVES = """
from collections import Counter
class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(x for x in nums if x >= 0)   # bug: negative values are dropped
        return [v for v, _ in counts.most_common(k)]
"""

CORRECT_OTHER_ORDER = """
from collections import Counter
class Solution:
    def topKFrequent(self, nums, k):
        return sorted(v for v, _ in Counter(nums).most_common(k))[::-1]
"""

HANGS_ON_NEGATIVES = """
class Solution:
    def twoSum(self, nums, target):
        if min(nums) < 0:
            while True:
                pass
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


@pytest.fixture
def examples_only_bank(problem_bank):
    """The starter problems with only their statement's examples as fixed cases."""
    root = problem_bank("top-k-frequent-elements", "two-sum")
    for folder in root.iterdir():
        (folder / "cases.yaml").unlink()
        with open(folder / "generators.py", "a") as generators:
            generators.write("\n\ndef hidden_cases():\n    return []\n")
    return root


def test_a_bug_the_fixed_cases_miss_is_found_and_shrunk_to_a_tiny_input(examples_only_bank, judge_source,
                                                                           docker_sandbox):
    result = judge_source("top-k-frequent-elements", IGNORES_NEGATIVES, docker_sandbox)
    assert result.hidden_passed == result.hidden_total  # every fixed case passed
    assert result.verdict is Verdict.WA
    failure = result.first_failure
    assert failure.case.source == "generated"
    assert len(failure.case.input["nums"]) <= 3 and min(failure.case.input["nums"]) < 0
    search = result.properties
    assert search.failed and search.examples >= 1
    # The generated examples count: every one before the failure passed, the failing one did not.
    assert (result.passed, result.total) == (result.hidden_total + search.examples - 1,
                                             result.hidden_total + search.examples)


def test_two_runs_give_the_same_counterexample(examples_only_bank, judge_source, docker_sandbox):
    first = judge_source("top-k-frequent-elements", IGNORES_NEGATIVES, docker_sandbox).first_failure
    second = judge_source("top-k-frequent-elements", IGNORES_NEGATIVES, docker_sandbox).first_failure
    assert first.case.input == second.case.input and first.got == second.got


def test_another_valid_answer_passes_the_search(examples_only_bank, judge_source, docker_sandbox):
    result = judge_source("top-k-frequent-elements", CORRECT_OTHER_ORDER, docker_sandbox)
    assert result.verdict is Verdict.AC
    search = result.properties
    assert (search.examples, search.seed, search.failed, search.leaked_state) == (100, 0, False, False)
    assert result.passed == result.total == result.hidden_total + 100
    assert 0 < search.wall_ms < 100 * 1000  # the solution's own time on the generated examples


def test_a_hang_only_on_a_generated_input_is_a_time_limit_with_that_input(examples_only_bank, judge_source,
                                                                         docker_sandbox):
    result = judge_source("two-sum", HANGS_ON_NEGATIVES, docker_sandbox, time_limit_s=0.3)
    assert result.verdict is Verdict.TLE
    failure = result.first_failure
    assert failure.case.source == "generated" and min(failure.case.input["nums"]) < 0


def test_another_seed_and_more_examples_can_be_asked_for(examples_only_bank, judge_source, docker_sandbox):
    result = judge_source("top-k-frequent-elements", CORRECT_OTHER_ORDER, docker_sandbox, seed=7, examples=30)
    assert result.properties.seed == 7 and result.properties.examples == 30


@pytest.fixture
def one_large_case_bank(problem_bank):
    """top-k-frequent-elements whose only hidden case is large: 2,600 numbers, the most frequent negative."""
    root = problem_bank("top-k-frequent-elements")
    folder = root / "top-k-frequent-elements"
    (folder / "cases.yaml").unlink()
    with open(folder / "generators.py", "a") as generators:
        generators.write("\n\ndef hidden_cases():\n"
                         "    nums = [-1] * 300 + [-2] * 200 + [-3] * 100 + [i % 50 for i in range(2000)]\n"
                         "    return [('large, negatives most frequent', {'nums': nums, 'k': 3})]\n")
    return root


def test_a_large_failing_case_comes_with_a_small_input_that_fails_too(one_large_case_bank, judge_source,
                                                                       docker_sandbox):
    result = judge_source("top-k-frequent-elements", IGNORES_NEGATIVES, docker_sandbox)
    assert result.verdict is Verdict.WA
    assert result.first_failure.case.name == "large, negatives most frequent"  # the verdict is the large case's
    smaller = result.smaller_failure
    assert smaller.verdict is Verdict.WA and smaller.case.source == "generated"
    assert len(smaller.case.input["nums"]) <= 3 and min(smaller.case.input["nums"]) < 0
    assert result.properties is None  # a diagnosis, not more cases: the counts are the fixed cases'
    reported = to_json(result)
    assert reported["failed_case"]["name"] == "large, negatives most frequent"
    assert reported["smaller_failed_case"]["input"] == smaller.case.input


def test_a_small_failing_case_is_not_searched_again(examples_only_bank, judge_source, docker_sandbox):
    wrong_on_example = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n"
    result = judge_source("two-sum", wrong_on_example, docker_sandbox)
    assert result.verdict is Verdict.WA and result.first_failure.case.source == "example"
    assert result.smaller_failure is None


def _judged_inputs(problem_id: str, source_path, sandbox, replay: bool) -> tuple[list, object]:
    """The generated inputs a search sends to the sandbox, in order, and the result it reaches."""
    from judge.judging import Judgement, RunOptions
    from judge.problem import load_problem
    from judge.properties import search_properties
    from judge.submission import read_submission

    sent = []

    class Recording(Judgement):  # every case the sandbox answered reaches verdict_for, one at a time or sent ahead
        def verdict_for(self, case, worker, expected):
            if case.source == "generated":
                sent.append(case.input)
            return super().verdict_for(case, worker, expected)

    with Recording(load_problem(problem_id), read_submission(source_path), RunOptions(), sandbox) as judgement:
        result = judgement.empty_result(Verdict.AC, 0)
        search_properties(judgement, result, replay=replay)
    return sent, result


def test_a_replayed_search_sends_exactly_the_inputs_a_live_search_generates(examples_only_bank, docker_sandbox):
    reference = examples_only_bank / "top-k-frequent-elements" / "reference.py"
    live, live_result = _judged_inputs("top-k-frequent-elements", reference, docker_sandbox, replay=False)
    replayed, replayed_result = _judged_inputs("top-k-frequent-elements", reference, docker_sandbox, replay=True)
    assert len(live) == live_result.properties.examples > 50
    assert replayed == live
    assert replayed_result.verdict is live_result.verdict is Verdict.AC


def test_a_failure_among_replayed_examples_ends_with_the_live_search_s_minimal_case(examples_only_bank, tmp_path,
                                                                                  docker_sandbox):
    buggy = tmp_path / "buggy.py"
    buggy.write_text(IGNORES_NEGATIVES)
    _, live = _judged_inputs("top-k-frequent-elements", buggy, docker_sandbox, replay=False)
    _, replayed = _judged_inputs("top-k-frequent-elements", buggy, docker_sandbox, replay=True)
    assert replayed.verdict is live.verdict is Verdict.WA
    assert replayed.first_failure.case.input == live.first_failure.case.input


def test_a_counterexample_found_once_is_tried_first_on_the_next_run(examples_only_bank, judge_source,
                                                                    docker_sandbox, tmp_path, monkeypatch):
    from judge.properties import example_database_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    first = judge_source("top-k-frequent-elements", IGNORES_NEGATIVES, docker_sandbox, example_db=True)
    assert first.verdict is Verdict.WA
    assert any(path.is_file() for path in example_database_path("top-k-frequent-elements").rglob("*"))
    # One example of another seed alone would hardly find the bug; the remembered case comes first.
    again = judge_source("top-k-frequent-elements", IGNORES_NEGATIVES, docker_sandbox, example_db=True,
                         examples=1, seed=12345)
    assert again.verdict is Verdict.WA
    assert again.first_failure.case.input == first.first_failure.case.input


COUNTS_ITS_CALLS = """
calls = 0
def two_sum(nums, target):
    global calls
    calls += 1
    if nums[0] == 99:
        raise ValueError(f"call {calls}")
    return [calls, len(nums)]
"""


def test_examples_sent_ahead_are_answered_in_order_by_one_child_and_a_failure_closes_the_session(tmp_path,
                                                                                               docker_sandbox):
    # The replayed property search sends examples before the earlier answers are back (Session.run_ahead).
    from judge.cases import Case
    from judge.judging import Judgement, RunOptions
    from judge.problem import load_problem
    from judge.submission import read_submission

    path = tmp_path / "counting.py"
    path.write_text(COUNTS_ITS_CALLS)
    problem = load_problem("two-sum")
    inputs = [{"nums": [1] * (n + 2), "target": 2} for n in range(300)]
    cases = [Case(f"generated example {i}", case_input, "generated") for i, case_input in enumerate(inputs)]
    with Judgement(problem, read_submission(path), RunOptions(), docker_sandbox) as judgement:
        session = judgement.sessions.current()
        answers = [worker.value for worker in session.run_ahead([case.frame for case in cases])]
        assert answers == [[n + 1, n + 2] for n in range(300)]  # one child, in order, each its own answer

        failing = cases[:5] + [Case("generated example 99", {"nums": [99, 1], "target": 100}, "generated")] + cases
        failure = judgement.judge_ahead(failing, lambda index: [301 + index, index + 2])
        assert failure.case.name == "generated example 99" and failure.verdict is Verdict.RE
        assert judgement.sessions.session is None  # closed: the cases still in flight ran after the failure
