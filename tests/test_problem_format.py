"""Problems are folders; a malformed one is reported with its file and field."""

from __future__ import annotations

import pytest

from judge.cases import hidden_cases
from judge.errors import ProblemFormatError, UnknownProblem
from judge.problem import load_problem, problem_ids

STARTERS = ["two-sum", "top-k-frequent-elements", "lru-cache", "binary-tree-level-order-traversal",
            "add-two-numbers", "softmax"]


def test_the_starter_problems_are_in_the_bank():
    assert set(STARTERS) <= set(problem_ids())


@pytest.mark.parametrize("problem_id", STARTERS)
def test_every_starter_problem_loads_with_its_cases(problem_id):
    problem = load_problem(problem_id)
    assert problem.statement.strip() and problem.examples
    assert len(hidden_cases(problem)) >= 8


def test_adding_a_folder_adds_a_problem(problem_bank):
    root = problem_bank("two-sum")
    clone = root / "two-sum-again"
    (root / "two-sum").rename(clone)
    spec = clone / "problem.yaml"
    spec.write_text(spec.read_text().replace("id: two-sum", "id: two-sum-again"))
    assert load_problem("two-sum-again").title == "Two Sum"


@pytest.mark.parametrize("edit, message", [
    (lambda s: s.replace("track: dsa", "track: cooking"), "field 'track' must be one of dsa, ml"),
    (lambda s: s.replace("title: Two Sum\n", ""), "field 'title' is missing"),
    (lambda s: s.replace("time_s: 4.0", "time_s: fast"), "field 'time_s' must be float"),
    (lambda s: s.replace("id: two-sum", "id: three-sum"), "field 'id' is 'three-sum' but the folder is 'two-sum'"),
    (lambda s: s.replace("complexity: O(n)", "complexity: linear"), "field 'complexity' must look like"),
    (lambda s: s.replace("complexity: O(n)", "complexity: O(n) + O(1)"), "field 'complexity' must look like"),
    (lambda s: s.replace("complexity: O(n)", "complexity: O(log(n)"), "field 'complexity' must look like"),
    (lambda s: s.replace("{nums: [3, 3], target: 6}", "{nums: [3, 3]}"), "examples[2]: input"),
    (lambda s: s + "\n  - [unclosed", "invalid YAML"),
    (lambda s: s + "\ncompare: {rel_toll: 1.0e-6}\n", "compare: unknown key 'rel_toll': did you mean 'rel_tol'?"),
    (lambda s: s.replace("difficulty:", "dificulty:"), "unknown key 'dificulty': did you mean 'difficulty'?"),
    (lambda s: s.replace("- {name: target, type: int}", "- {name: target, typ: int}"),
     "params[1]: unknown key 'typ': did you mean 'type'?"),
    (lambda s: s + "\nhints: [Use a dictionary., 3]\n", "field 'hints' must be a list of non-empty strings"),
    (lambda s: s.replace("- {name: target, type: int}", "- {name: target, type: Int}"),
     "params[1]: field 'type': unknown type 'Int': did you mean 'int'?"),
    (lambda s: s.replace('returns: "List[int]"', 'returns: "List[Int]"'),
     "field 'returns': unknown type 'List[Int]': did you mean 'List[int]'?"),
    (lambda s: s.replace("- {name: target, type: int}", "- {name: target, type: int, passed: maybe}"),
     "field 'passed' must be bool"),
    (lambda s: s.replace("- {name: target, type: int}", '- {name: target, type: "TreeNode in nums"}'),
     "field 'type' is 'TreeNode in nums', but 'nums' is no tree parameter declared before it"),
    (lambda s: s.replace('returns: "List[int]"', 'returns: "ListNode in nums"'),
     "field 'returns' is 'ListNode in nums', but 'nums' is no list parameter"),
    (lambda s: s.replace("function:", "function:\n  inplace: nums[:k]"), "'nums[:k]' needs `returns: int` (k)"),
])
def test_a_malformed_spec_names_the_file_and_the_field(problem_bank, edit, message):
    root = problem_bank("two-sum")
    spec = root / "two-sum" / "problem.yaml"
    spec.write_text(edit(spec.read_text()))
    with pytest.raises(ProblemFormatError) as error:
        load_problem("two-sum")
    assert str(spec) in str(error.value) and message in str(error.value)


def test_a_case_with_the_wrong_parameters_names_the_case(problem_bank):
    root = problem_bank("two-sum")
    (root / "two-sum" / "cases.yaml").write_text("- name: broken\n  input: {numbers: [1, 2], target: 3}\n")
    with pytest.raises(ProblemFormatError, match=r"cases.yaml: case 0: input: has parameters"):
        hidden_cases(load_problem("two-sum"))


def test_an_unknown_id_is_reported_with_suggestions():
    with pytest.raises(UnknownProblem) as error:
        load_problem("lru-cach")
    assert "did you mean lru-cache" in str(error.value)


HIDDEN_CASES_DIGESTS = """
import hashlib, json, sys
from judge.problem import load_problem, problem_ids
for problem_id in problem_ids():
    generators = load_problem(problem_id).module("generators")
    cases = generators.hidden_cases() if hasattr(generators, "hidden_cases") else []
    print(problem_id, hashlib.sha256(json.dumps(cases, sort_keys=True).encode()).hexdigest())
"""


def test_every_problem_generates_the_same_hidden_cases_in_every_process():
    # A set's order of strings changes with PYTHONHASHSEED: a generator that iterates one makes other
    # cases in every run, so verdicts do not repeat and recorded margins go stale (time_limit/margins.yaml).
    import os
    import subprocess
    import sys

    runs = [subprocess.Popen([sys.executable, "-c", HIDDEN_CASES_DIGESTS], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONHASHSEED=str(seed))) for seed in (1, 2)]
    first, second = (dict(line.split() for line in run.communicate(timeout=300)[0].splitlines()) for run in runs)
    assert len(first) >= 60
    assert [problem_id for problem_id in first if first[problem_id] != second[problem_id]] == []


def test_a_private_pack_sits_beside_the_bank(tmp_path, monkeypatch, problem_bank):
    pack = problem_bank("two-sum")
    (pack / "two-sum").rename(pack / "two-sum-private")
    spec = pack / "two-sum-private" / "problem.yaml"
    spec.write_text(spec.read_text().replace("id: two-sum", "id: two-sum-private"))
    import os

    from judge.paths import ROOT
    monkeypatch.setenv("JUDGE_PROBLEMS", f"{pack}{os.pathsep}{ROOT / 'problems'}")
    ids = problem_ids()
    assert "two-sum-private" in ids and "two-sum" in ids and "lru-cache" in ids
    assert load_problem("two-sum-private").folder == pack / "two-sum-private"


def test_an_id_in_two_problem_folders_is_refused(problem_bank, monkeypatch):
    import os

    from judge.paths import ROOT
    pack = problem_bank("two-sum")
    monkeypatch.setenv("JUDGE_PROBLEMS", f"{pack}{os.pathsep}{ROOT / 'problems'}")
    with pytest.raises(ProblemFormatError, match="problem id 'two-sum' is in two problem folders"):
        load_problem("lru-cache")


def test_hand_written_cases_are_parsed_once_then_read_from_the_cache(problem_bank, monkeypatch, tmp_path):
    import judge.cases

    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    root = problem_bank("two-sum")
    cases_file = root / "two-sum" / "cases.yaml"
    cases_file.write_text("- name: pair at the ends\n  input: {nums: [1, 5, 7, 2], target: 3}\n")
    first = [case.input for case in hidden_cases(load_problem("two-sum")) if case.name == "pair at the ends"]
    judge.cases._PARSED_CASES.clear()  # a new process: only the disk cache remains

    def no_yaml(path):
        raise AssertionError(f"{path} parsed again")

    monkeypatch.setattr(judge.cases, "safe_load_yaml", no_yaml)
    again = [case.input for case in hidden_cases(load_problem("two-sum")) if case.name == "pair at the ends"]
    assert first == again == [{"nums": [1, 5, 7, 2], "target": 3}]
    cases_file.write_text("- name: edited\n  input: {nums: [1, 2], target: 3}\n")
    with pytest.raises(AssertionError, match="parsed again"):
        hidden_cases(load_problem("two-sum"))


def test_curated_list_files_and_problem_tags_agree():
    """A problem of the bank is on a curated list exactly when its problem.yaml says so."""
    from judge.catalog import curated_lists

    problems = {problem_id: load_problem(problem_id) for problem_id in problem_ids()}
    for name, curated in curated_lists().items():
        listed = set(curated.problem_ids)
        assert len(listed) == len(curated.problem_ids), f"{name} names a problem twice"
        tagged = {problem_id for problem_id, problem in problems.items() if name in problem.lists}
        assert tagged - listed == set(), f"tagged {name} but not in lists/{name}.yaml"
        assert (listed & set(problems)) - tagged == set(), f"in lists/{name}.yaml but not tagged {name}"


def test_neetcode_150_has_150_problems_in_its_patterns():
    from judge.catalog import curated_lists

    neetcode = curated_lists()["neetcode-150"]
    assert len(neetcode.problem_ids) == 150 and len(neetcode.patterns) == 18


def test_a_complexity_may_nest_parentheses(problem_bank):
    root = problem_bank("two-sum")
    spec = root / "two-sum" / "problem.yaml"
    spec.write_text(spec.read_text().replace("complexity: O(n)", "complexity: O(log(min(m, n)))"))
    assert load_problem("two-sum").complexity == "O(log(min(m, n)))"


def test_every_problem_in_the_bank_states_its_expected_time_and_space():
    """The problem standard asks for both, so that a run's time and space notes have something to compare with."""
    problems = [load_problem(problem_id) for problem_id in problem_ids()]
    lacking = {field: [problem.id for problem in problems if not getattr(problem, field)]
               for field in ("complexity", "space")}
    assert lacking == {"complexity": [], "space": []}, "; ".join(
        f"no `{field}:` in the problem.yaml of {', '.join(ids)}: state the intended solution's Big-O "
        f"(see problems/README.md)" for field, ids in lacking.items() if ids)
