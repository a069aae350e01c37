"""`judge verify`: a problem is proven by its known submissions, and a weak one is caught.

A tiny problem built in each test keeps these fast; CI verifies the real bank
with `judge verify` after the tests.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from judge.cases import hidden_cases
from judge.cli import main
from judge.margins import Margin, MarginsRecord, sha256, write_record
from judge.problem import load_problem
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


def record_margin(folder: Path, times: float, worst_case: str = "large") -> None:
    """A margins record as `judge verify --margins` would write it, without spending 10x the limit to measure it."""
    problem = load_problem(folder.name)
    case = next(case for case in hidden_cases(problem) if case.name == worst_case)
    slow = folder / "time_limit" / "quadratic.py"
    margin = Margin(times, times >= 10.5, worst_case, times * problem.limits.time_s, "AC",
                    sha256(slow.read_bytes()), sha256(case.frame))
    write_record(problem, MarginsRecord(problem.limits.time_s, "2026-01-01", "a test",
                                        submissions={"quadratic.py": margin}))


def test_measured_margins_are_recorded_and_a_problem_whose_known_submissions_behave_is_verified(add_up):
    result = CliRunner().invoke(main, ["verify", "--margins", "add-up", "--sandbox", "local"])
    assert result.exit_code == 0, result.output + result.stderr
    assert "add-up  ok  time_limit/quadratic.py: >= 10.5x the 0.5 s limit" in result.stdout
    record = yaml.safe_load((add_up / "time_limit" / "margins.yaml").read_text())
    assert record["time_limit_s"] == 0.5 and record["machine"]
    assert record["submissions"]["quadratic.py"]["margin"] == 10.5
    assert record["submissions"]["quadratic.py"]["at_least"] is True
    verified = CliRunner().invoke(main, ["verify", "add-up", "--sandbox", "local", "--color", "never"],
                                  env={"COLUMNS": "200"})
    assert verified.exit_code == 0, verified.output + verified.stderr
    assert "margins: quadratic.py >= 10.5x" in verified.stdout


def test_a_wrong_answer_submission_that_passes_fails_verification(add_up, local_sandbox):
    record_margin(add_up, 10.5)
    (add_up / "wrong_answer" / "skips_first.py").write_text(SOLUTIONS["reference.py"])
    assert any(failure.startswith("wrong_answer/skips_first.py: expected RE or WA, got AC (slowest case ")
               for failure in failed_checks(add_up, local_sandbox))


def test_a_failure_is_printed_whole_after_the_table_even_in_a_narrow_ci_log(add_up):
    record_margin(add_up, 10.5)
    (add_up / "wrong_answer" / "skips_first.py").write_text(SOLUTIONS["reference.py"])
    result = CliRunner().invoke(main, ["verify", "add-up", "--sandbox", "local", "--color", "never"],
                                env={"COLUMNS": "80"})
    assert result.exit_code == 1
    assert "FAIL add-up: wrong_answer/skips_first.py: expected RE or WA, got AC (slowest case " in result.stdout


def test_piped_verification_is_a_whole_tab_separated_line_a_problem_however_narrow_the_log(add_up):
    record_margin(add_up, 10.5)
    result = CliRunner().invoke(main, ["verify", "add-up", "--sandbox", "local", "--color", "never"],
                                env={"COLUMNS": "40"})
    assert result.exit_code == 0, result.output + result.stderr
    fields = result.stdout.splitlines()[0].split("\t")
    assert fields[0:2] == ["add-up", "ok"] and fields[3] == "500 ms"
    assert fields[4].endswith("margins: quadratic.py >= 10.5x")
    assert result.stdout.splitlines()[-1] == "1/1 problems verified"


def test_a_time_limit_submission_that_is_fast_fails_verification_with_its_slowest_case(add_up, local_sandbox):
    (add_up / "time_limit" / "quadratic.py").write_text(SOLUTIONS["accepted/loop.py"])
    failures = [failure for failure in failed_checks(add_up, local_sandbox) if failure.startswith("time_limit/")]
    assert failures[0].startswith("time_limit/quadratic.py: expected TLE at 2 x 0.5 s, got AC (slowest case 0.")
    assert failures[0].endswith(" s, 'large')")


def test_a_missing_margins_record_fails_verification_and_says_how_to_make_it(add_up, local_sandbox):
    assert "time_limit/quadratic.py margin: no margins record (time_limit/margins.yaml); " \
           "run `judge verify --margins add-up`" in failed_checks(add_up, local_sandbox)


def test_a_recorded_margin_under_ten_times_the_limit_fails_verification_with_its_figures(add_up, local_sandbox):
    record_margin(add_up, 4.2)
    assert "time_limit/quadratic.py margin: expected >= 10x the limit on its worst hidden case, measured 4.2x " \
           "the 0.5 s limit (2.10 s on 'large') on 2026-01-01: make that case larger or sharper within the " \
           "constraints, or drop the submission" in failed_checks(add_up, local_sandbox)


def test_a_margins_record_goes_stale_when_the_slow_submission_changes(add_up, local_sandbox):
    record_margin(add_up, 10.5)
    slow = add_up / "time_limit" / "quadratic.py"
    slow.write_text(slow.read_text() + "# edited\n")
    assert [failure for failure in failed_checks(add_up, local_sandbox) if " margin: " in failure] == [
        "time_limit/quadratic.py margin: changed since its margin was measured on 2026-01-01; "
        "run `judge verify --margins add-up`"]


def test_a_margins_record_goes_stale_when_its_worst_case_changes(add_up, local_sandbox):
    cases = add_up / "cases.yaml"
    cases.write_text("- {name: hand-made, input: {nums: [4, 5]}}\n")
    record_margin(add_up, 10.5, worst_case="hand-made")
    cases.write_text("- {name: hand-made, input: {nums: [4, 5, 6]}}\n")
    assert [failure for failure in failed_checks(add_up, local_sandbox) if " margin: " in failure] == [
        "time_limit/quadratic.py margin: its worst case 'hand-made' changed or is gone since 2026-01-01; "
        "run `judge verify --margins add-up`"]


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


def test_a_complexity_input_the_reference_cannot_answer_fails_verification(add_up, local_sandbox):
    """The complexity note's first input must be valid (larger ones may pass the constraints: growth shows best there)."""
    generators = add_up / "generators.py"
    generators.write_text(generators.read_text() + "def input_of_size(n, rng):\n    return {'nums': []}\n")
    assert any("inputs satisfy the constraints: input_of_size(4), the complexity note's first input: AssertionError: "
               "len(nums) is outside" in failure for failure in failed_checks(add_up, local_sandbox))
    generators.write_text(generators.read_text().replace("{'nums': []}", "{'nums': [1] * n}"))
    assert not any("input_of_size" in failure for failure in failed_checks(add_up, local_sandbox))


def test_a_time_limit_too_close_to_the_reference_fails_verification(add_up, local_sandbox):
    slow_reference = "def add_up(nums):\n    total = 0\n    for _ in range(200):\n" \
                     "        total = sum(nums)\n    return total\n"
    (add_up / "reference.py").write_text(slow_reference)
    spec = add_up / "problem.yaml"
    spec.write_text(spec.read_text().replace("time_s: 0.5", "time_s: 0.2"))
    # Near the limit the reference may also time out itself on a loaded machine; either way the margin check fails.
    assert any(failure.startswith(("time limit margin: expected the 0.2 s limit to be >= 3x the reference's "
                                   "slowest case, got ", "time limit margin: the reference was not accepted"))
               for failure in failed_checks(add_up, local_sandbox))


def test_a_measurement_stopped_on_wall_time_records_nothing_and_says_why(add_up):
    """A busy machine gives a slow submission too little CPU to reach the cap before its wall-clock
    allowance runs out; a sleeping one is the same to the judge. Neither is a margin."""
    (add_up / "time_limit" / "quadratic.py").write_text("import time\n\ndef add_up(nums):\n    time.sleep(60)\n")
    result = CliRunner().invoke(main, ["verify", "--margins", "add-up", "--sandbox", "local"])
    assert "add-up  FAIL  time_limit/quadratic.py was stopped on wall time after 0.00 s of CPU" in result.stdout
    assert "nothing was recorded" in result.stdout
    assert not (add_up / "time_limit" / "margins.yaml").exists()
