"""Your own inputs, as LeetCode's testcase console: judged alone, each answer beside the reference's,
and an input outside the problem's constraints refused with the constraint it breaks."""

from __future__ import annotations

import json

import pytest

from judge.custom_cases import custom_cases
from judge.errors import UsageError
from judge.judging import RunOptions, run
from judge.problem import load_problem
from judge.report import to_json

TWO_SUM = load_problem("two-sum")


def test_an_input_and_a_file_of_inputs_become_cases_in_order(tmp_path):
    listed = tmp_path / "mine.json"
    listed.write_text(json.dumps([{"nums": [3, 3], "target": 6}, {"nums": [1, 5, 2], "target": 7}]))
    cases = custom_cases(TWO_SUM, ['{"nums": [2, 7, 11, 15], "target": 9}', f"@{listed}"])
    assert [case.name for case in cases] == ["custom 1", "custom 2", "custom 3"]
    assert cases[2].input == {"nums": [1, 5, 2], "target": 7} and {c.source for c in cases} == {"custom"}


@pytest.mark.parametrize("value, message", [
    ('{"nums": [2, 7]', "--case: not JSON: Expecting ',' delimiter"),
    ('{"numbers": [2, 7], "target": 9}', "has parameters ['numbers', 'target'], expected ['nums', 'target']"),
    ('{"nums": [2], "target": 2}', "breaks the problem's constraints: need 2 <= len(nums)"),
    ('{"nums": [1, 2], "target": "3"}', "breaks the problem's constraints"),
    ("@/nonexistent/cases.json", "cannot be read"),
    ("[]", "--case holds no input"),
])
def test_a_bad_input_is_refused_with_what_is_wrong(value, message):
    with pytest.raises(UsageError) as refused:
        custom_cases(TWO_SUM, [value])
    assert refused.value.exit_code == 2 and message in str(refused.value)


@pytest.mark.docker
def test_each_custom_case_shows_its_answer_beside_the_expected_one(tmp_path):
    wrong = tmp_path / "first_pair.py"
    wrong.write_text("class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n")
    cases = custom_cases(TWO_SUM, ['{"nums": [2, 7, 11, 15], "target": 9}', '{"nums": [3, 2, 4], "target": 6}'])
    result = run(TWO_SUM, wrong, RunOptions(custom=tuple(cases)))
    assert [case.verdict.value for case in result.cases] == ["AC", "WA"]  # every custom case runs
    data = to_json(result)
    assert data["verdict"] == "WA" and "properties" not in data  # no property search on custom inputs
    second = data["cases"][1]
    assert second["input"] == {"nums": [3, 2, 4], "target": 6}
    assert second["expected"] == [1, 2] and second["got"] == [0, 1]


def test_the_command_refuses_an_input_outside_the_constraints_with_exit_2():
    from click.testing import CliRunner

    from judge.cli import main

    result = CliRunner().invoke(main, ["run", "two-sum", "examples/two_sum.py", "--case", '{"nums": [3], "target": 6}'])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "breaks the problem's constraints: need 2 <= len(nums)" in result.stderr


@pytest.mark.docker
def test_the_command_judges_only_the_given_inputs_and_shows_each_answer(tmp_path):
    from click.testing import CliRunner

    from judge.cli import main

    listed = tmp_path / "mine.json"
    listed.write_text(json.dumps([{"nums": [3, 2, 4], "target": 6}]))
    result = CliRunner().invoke(main, ["run", "two-sum", "examples/two_sum.py", "--case", f"@{listed}",
                                       "--case", '{"nums": [1, 1], "target": 2}', "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [case["source"] for case in data["cases"]] == ["custom", "custom"]
    assert data["cases"][0]["got"] == [1, 2] and data["cases"][1]["expected"] == [0, 1]


@pytest.mark.docker
def test_the_terminal_shows_each_custom_answer_and_the_verdict():
    from click.testing import CliRunner

    from judge.cli import main

    result = CliRunner().invoke(main, ["run", "two-sum", "examples/two_sum.py", "--color", "never",
                                       "--case", '{"nums": [3, 3], "target": 6}'])
    assert result.exit_code == 0, result.output
    assert "custom 1" in result.stdout and "got:       [0, 1]" in result.stdout
    assert "Accepted  1/1 of your cases passed (hidden cases not run)" in result.stdout
