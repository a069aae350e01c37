"""`judge verify`: a problem is proven by its known submissions, and a weak one is caught.

A tiny problem built in each test keeps these fast; CI verifies the real bank
with `judge verify` after the tests.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from judge.verify import verify_problem

SPEC = """\
id: add-up
title: Add Up
difficulty: easy
track: dsa
tags: [math]
function:
  name: addUp
  params:
    - {name: nums, type: "List[int]"}
  returns: int
limits: {time_s: 0.5, memory_mb: 256}
complexity: O(n)
constraints: ["1 <= len(nums) <= 10^5"]
examples:
  - input: {nums: [1, 2, 3]}
    output: 6
"""

GENERATORS = """\
def hidden_cases():
    return [("large", {"nums": list(range(100000))}), ("negatives", {"nums": [-5, 2, -1]})]


def strategy():
    from hypothesis import strategies as st
    return st.lists(st.integers(-9, 9), min_size=1, max_size=6).map(lambda nums: {"nums": nums})


def validate(case):
    assert 1 <= len(case["nums"]) <= 10**5, "len(nums) is outside [1, 10^5]"
"""

SOLUTIONS = {
    "reference.py": "def add_up(nums):\n    return sum(nums)\n",
    "accepted/loop.py": "def add_up(nums):\n    total = 0\n    for x in nums:\n        total += x\n    return total\n",
    "wrong_answer/skips_first.py": "def add_up(nums):\n    return sum(nums[1:])\n",
    "wrong_answer/drops_negatives.py": "def add_up(nums):\n    return sum(x for x in nums if x > 0)\n",
    "time_limit/quadratic.py": "def add_up(nums):\n    return sum(sum(nums[:i + 1]) - sum(nums[:i]) for i in range(len(nums)))\n",
}


@pytest.fixture
def add_up(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "problems" / "add-up"
    for name, text in {"problem.yaml": SPEC, "statement.md": "Add the numbers up.\n", "generators.py": GENERATORS,
                       **SOLUTIONS}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(textwrap.dedent(text))
    monkeypatch.setenv("JUDGE_PROBLEMS", str(tmp_path / "problems"))
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    return folder


def failed_checks(folder: Path, sandbox) -> list[str]:
    return [f"{check.what}: {check.detail}" for check in verify_problem(folder.name, sandbox).failures]


def test_a_problem_whose_known_submissions_behave_is_verified(add_up, local_sandbox):
    assert failed_checks(add_up, local_sandbox) == []


def test_a_wrong_answer_submission_that_passes_fails_verification(add_up, local_sandbox):
    (add_up / "wrong_answer" / "skips_first.py").write_text(SOLUTIONS["reference.py"])
    assert any(failure.startswith("wrong_answer/skips_first.py gets RE/WA: AC") for failure in
               failed_checks(add_up, local_sandbox))


def test_a_time_limit_submission_that_is_fast_fails_verification(add_up, local_sandbox):
    (add_up / "time_limit" / "quadratic.py").write_text(SOLUTIONS["accepted/loop.py"])
    assert any("time_limit/quadratic.py" in failure and "AC" in failure for failure in
               failed_checks(add_up, local_sandbox))


def test_an_example_that_disagrees_with_the_reference_fails_verification(add_up, local_sandbox):
    spec = add_up / "problem.yaml"
    spec.write_text(spec.read_text().replace("output: 6", "output: 7"))
    assert any(failure.startswith("examples agree with the reference: example 1") for failure in
               failed_checks(add_up, local_sandbox))


def test_a_hidden_case_outside_the_constraints_fails_verification(add_up, local_sandbox):
    generators = add_up / "generators.py"
    generators.write_text(generators.read_text().replace("list(range(100000))", "list(range(100001))"))
    assert any("inputs satisfy the constraints: large: len(nums) is outside" in failure for failure in
               failed_checks(add_up, local_sandbox))


def test_a_time_limit_too_close_to_the_reference_fails_verification(add_up, local_sandbox):
    slow_reference = "def add_up(nums):\n    total = 0\n    for _ in range(200):\n" \
                     "        total = sum(nums)\n    return total\n"
    (add_up / "reference.py").write_text(slow_reference)
    spec = add_up / "problem.yaml"
    spec.write_text(spec.read_text().replace("time_s: 0.5", "time_s: 0.2"))
    # Near the limit the reference may also time out itself on a loaded machine; either way the margin check fails.
    assert any(failure.startswith(("time limit >= 3x the reference's slowest case", "time limit margin"))
               for failure in failed_checks(add_up, local_sandbox))
