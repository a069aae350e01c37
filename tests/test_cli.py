"""The command line: bad input gets one clear line and the right exit code, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from judge.cases import hidden_cases
from judge.cli import main
from judge.problem import load_problem

EXAMPLE = "examples/two_sum.py"


def judge(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env)


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert lines[0].startswith("judge: error: ")
    return lines[0]


@pytest.mark.docker
def test_run_exits_0_on_accepted_and_prints_a_report():
    result = judge("run", "two-sum", EXAMPLE, "--sandbox", "docker", "--color", "never")
    assert result.exit_code == 0, result.output + result.stderr
    cases = len(hidden_cases(load_problem("two-sum")))
    assert "✔ AC" in result.stdout and "Accepted" in result.stdout and f"{cases + 100}/{cases + 100} passed ({cases} fixed + 100 generated)" in result.stdout


@pytest.mark.docker
def test_json_output_is_one_object_with_the_documented_contract(tmp_path):
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def two_sum(nums, target):\n    return [1, 0, 2]\n")
    result = judge("run", "two-sum", str(wrong), "--json", "--sandbox", "docker")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["problem"] == "two-sum" and data["verdict"] == "WA"
    assert data["passed"] == 0 and data["total"] == len(hidden_cases(load_problem("two-sum"))) and isinstance(data["time_ms"], (int, float))
    assert data["failed_case"]["input"] == {"nums": [2, 7, 11, 15], "target": 9}
    assert data["failed_case"]["expected"] == [0, 1] and data["failed_case"]["got"] == [1, 0, 2]


@pytest.mark.docker
def test_json_failed_case_is_null_on_accepted():
    data = json.loads(judge("run", "two-sum", EXAMPLE, "--json", "--sandbox", "docker").stdout)
    assert data["verdict"] == "AC" and data["failed_case"] is None


@pytest.mark.parametrize("make, message", [
    (lambda p: p, "no such file"),
    (lambda p: (p.write_text(""), p)[1], "is empty"),
    (lambda p: (p.write_text("   \n\n"), p)[1], "is empty"),
    (lambda p: (p.mkdir(), p)[1], "is a directory"),
    (lambda p: (p.write_bytes(b"\x7fELF\x00\x01\x02"), p)[1], "binary"),
    (lambda p: (p.write_bytes("def f():\n    return 'caf\xe9'\n".encode("latin-1")), p)[1], "not UTF-8"),
])
def test_an_unusable_submission_file_is_a_usage_error(tmp_path, make, message):
    path = make(tmp_path / "solution.py")
    result = judge("run", "two-sum", str(path), "--sandbox", "local")
    assert result.exit_code == 2
    assert message in one_line_error(result)


def test_an_unknown_problem_suggests_the_closest_ids():
    result = judge("run", "two-summ", EXAMPLE, "--sandbox", "local")
    assert result.exit_code == 3
    assert "unknown problem 'two-summ'" in one_line_error(result) and "did you mean two-sum" in result.stderr


def test_the_wrong_function_name_is_a_compile_error_verdict(tmp_path):
    path = tmp_path / "solution.py"
    path.write_text("class Solution:\n    def two_summ(self, nums, target):\n        return []\n")
    result = judge("run", "two-sum", str(path), "--sandbox", "local", "--color", "never")
    assert result.exit_code == 1
    assert "Compile Error" in result.stdout and "twoSum" in result.stdout


def test_no_docker_engine_is_an_environment_error():
    result = judge("run", "two-sum", EXAMPLE, "--sandbox", "docker", env={"DOCKER_HOST": "unix:///nonexistent.sock"})
    assert result.exit_code == 3
    assert "no Docker engine answers" in one_line_error(result)


def test_auto_falls_back_to_local_and_says_what_isolation_is_lost():
    result = judge("run", "two-sum", EXAMPLE, "--color", "never", env={"DOCKER_HOST": "unix:///nonexistent.sock"})
    assert result.exit_code == 0
    assert "falling back to --sandbox local" in result.stdout and "not a sandbox" in result.stdout


@pytest.mark.docker
def test_a_missing_image_is_an_environment_error():
    result = judge("run", "two-sum", EXAMPLE, "--sandbox", "docker", env={"JUDGE_IMAGE": "judge-sandbox:absent"})
    assert result.exit_code == 3
    assert "judge-sandbox:absent is missing" in one_line_error(result) and "judge sandbox build" in result.stderr


def test_local_backend_warns_that_it_is_not_a_sandbox():
    result = judge("run", "two-sum", EXAMPLE, "--sandbox", "local", "--color", "never")
    assert "not a sandbox" in result.stdout


def test_list_filters_by_track_and_tag():
    data = json.loads(judge("list", "--track", "ml", "--json").stdout)
    assert "softmax" in [p["id"] for p in data["problems"]]
    assert all(p["track"] == "ml" for p in data["problems"])
    tagged = json.loads(judge("list", "--tag", "linked-list", "--json").stdout)["problems"]
    assert "add-two-numbers" in [p["id"] for p in tagged]


def test_show_renders_statement_examples_signature_and_limits():
    result = judge("show", "two-sum", "--color", "never")
    assert result.exit_code == 0
    for text in ("Two Sum", "Example 1", "def twoSum(self, nums: List[int], target: int) -> List[int]", "4 s per case"):
        assert text in result.stdout


def test_new_writes_a_starter_that_the_judge_runs_and_never_overwrites(tmp_path):
    path = tmp_path / "lru.py"
    assert judge("new", "lru-cache", str(path)).exit_code == 0
    assert "class LRUCache" in path.read_text() and "def get(self, key: int) -> int" in path.read_text()
    again = judge("new", "lru-cache", str(path))
    assert again.exit_code == 2 and "already exists" in one_line_error(again)  # the user's file is in the way
    run = judge("run", "lru-cache", str(path), "--sandbox", "local", "--color", "never")
    assert run.exit_code == 1 and "Wrong Answer" in run.stdout  # the stub runs, and returns None


def test_the_cli_imports_neither_the_judge_nor_the_docker_sdk_before_it_knows_the_command():
    # Whatever `import judge.cli` pulls in, every command pays: `judge list` and `judge run` alike.
    probe = ("import sys, judge.cli; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('docker', 'rich', 'hypothesis', 'numpy') "
             "or m in ('judge.judging', 'judge.grading', 'judge.practice.commands')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.docker
def test_the_installed_program_reports_and_exits_with_the_verdicts_code(tmp_path):
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def two_sum(nums, target):\n    return [1, 0, 2]\n")
    done = subprocess.run([sys.executable, "-m", "judge.program", "run", "two-sum", str(wrong), "--json",
                           "--no-properties", "--no-complexity", "--sandbox", "docker"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)  # flushed whole, though the program skips the interpreter's finalisation
    assert report["verdict"] == "WA" and report["failed_case"]["got"] == [1, 0, 2]


@pytest.mark.docker
def test_a_submission_that_does_not_compile_is_reported_without_starting_a_container(tmp_path, monkeypatch):
    from judge.backends.docker import DockerSandbox

    started, real = [], DockerSandbox.start
    monkeypatch.setattr(DockerSandbox, "start", lambda self, load: started.append(load) or real(self, load))
    broken = tmp_path / "broken.py"
    broken.write_text("def two_sum(nums, target)\n    return []\n")
    result = judge("run", "two-sum", str(broken), "--sandbox", "docker", "--json")
    assert result.exit_code == 1 and json.loads(result.stdout)["verdict"] == "CE"
    ok = judge("run", "two-sum", EXAMPLE, "--sandbox", "docker", "--json", "--no-properties", "--no-complexity")
    assert ok.exit_code == 0 and len(started) == 1  # the good one's


@pytest.mark.docker
def test_run_leaves_the_users_folder_as_it_found_it(tmp_path):
    """The live property search runs on an empty cache; nothing of Hypothesis's lands beside the solution."""
    import os
    from pathlib import Path

    folder = tmp_path / "work"
    folder.mkdir()
    solution = folder / "two_sum.py"
    solution.write_text(Path(EXAMPLE).read_text())
    env = dict(os.environ, JUDGE_CACHE_DIR=str(tmp_path / "cache"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-m", "judge.program", "run", "two-sum", "two_sum.py", "--color", "never"],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["two_sum.py"]


def test_new_makes_the_folders_it_needs_and_refuses_a_file_in_the_way(tmp_path):
    nested = tmp_path / "sub" / "dir" / "ts.py"
    assert judge("new", "two-sum", str(nested)).exit_code == 0 and nested.is_file()
    (tmp_path / "afile").write_text("")
    blocked = judge("new", "two-sum", str(tmp_path / "afile" / "ts.py"))
    assert blocked.exit_code == 2 and "is a file, not a folder" in one_line_error(blocked)


@pytest.mark.parametrize("variable, command", [
    ("JUDGE_DATA_DIR", ("stats",)), ("JUDGE_DATA_DIR", ("history",)), ("JUDGE_DATA_DIR", ("review",)),
])
def test_a_setting_that_names_a_file_gets_one_line_and_exit_2(tmp_path, variable, command):
    afile = tmp_path / "afile"
    afile.write_text("")
    result = judge(*command, env={variable: str(afile)})
    assert result.exit_code == 2, result.output
    assert f"{variable} {afile} is a file, not a folder" in one_line_error(result)


def test_json_mode_prints_an_object_even_when_the_command_fails(tmp_path):
    result = judge("run", "two-sum", str(tmp_path / "missing.py"), "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["exit_code"] == 2 and "no such file" in data["error"] and data["meaning"].startswith("usage error")


@pytest.mark.parametrize("spelling", ["1", "two_sum", "Two-Sum"])
def test_a_problem_is_found_by_leetcode_number_or_file_name(spelling):
    result = judge("show", spelling, "--color", "never")
    assert result.exit_code == 0 and "(two-sum)" in result.stdout


def test_tags_match_in_any_case_and_an_unknown_one_is_refused_with_a_suggestion():
    upper = judge("list", "--tag", "HASH-TABLE", "--json")
    lower = judge("list", "--tag", "hash-table", "--json")
    assert json.loads(upper.stdout) == json.loads(lower.stdout) and json.loads(lower.stdout)["problems"]
    unknown = judge("list", "--tag", "hash-tabel")
    assert unknown.exit_code == 2 and "did you mean hash-table" in one_line_error(unknown)


def test_list_piped_is_whole_tab_separated_lines():
    result = judge("list")  # CliRunner's stdout is not a terminal
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    two_sum = next(row for row in rows if row[0] == "two-sum")
    assert two_sum[:4] == ["two-sum", "Two Sum", "dsa", "easy"] and "hash-table" in two_sum[4].split(",")
    assert two_sum[5] == "1" and two_sum[6] in ("solved", "attempted", "unseen")


def test_a_starter_imports_the_typing_names_it_uses(tmp_path):
    path = tmp_path / "ts.py"
    assert judge("new", "two-sum", str(path)).exit_code == 0
    source = path.read_text()
    assert "from typing import List\n" in source and "def twoSum(self, nums: List[int], target: int)" in source
    listed = tmp_path / "atn.py"
    assert judge("new", "add-two-numbers", str(listed)).exit_code == 0
    assert "from typing import Optional" in listed.read_text() and "# class ListNode:" in listed.read_text()


def test_show_renders_math_as_readable_text_without_eating_subscripts():
    result = judge("show", "softmax", "--color", "never")
    assert result.exit_code == 0
    assert "softmax(x)_ij = e^x_ij/∑_k e^x_ik" in result.stdout and "\\frac" not in result.stdout
