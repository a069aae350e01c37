"""`judge grade`: a folder of solutions graded in CI, each in its own real sandbox run.

Discovery, sharding, --changed-since and init-ci need no sandbox and are checked
directly; one module-scoped pair of real grading runs (a handful of solutions,
-j 2 then -j 1) backs every assertion about verdicts and reports.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from judge.cli import main
from judge.grading import GradeOptions, Shard, Solution, discover, grade_one, only_changed, shard_solutions
from judge.grading.grader import Graded
from judge.grading.sharding import load_durations
from judge.grading.summary import GradeReport
from judge.paths import ROOT
from judge.verdict import Verdict

TWO_SUM = ROOT / "problems" / "two-sum"
ACCEPTED = (TWO_SUM / "reference.py").read_text()
WRONG = (TWO_SUM / "wrong_answer" / "returns_values.py").read_text()  # returns the values, not the indices
SYNTAX_ERROR = "# judge: two-sum\ndef two_sum(nums, target)\n    return []\n"
CRASH = "def two_sum(nums, target):\n    seen = {}\n    return [seen[nums[0]], 1]\n"  # KeyError on line 3
TIMING_KEYS = {"time_ms", "wall_ms", "duration_s", "elapsed_s", "memory_kb", "peak_memory_kb"}


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def judge(*args, env=None):
    return CliRunner().invoke(main, [str(arg) for arg in args], env=env)


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert lines[0].startswith("judge: error: ")
    return lines[0]


def by_name(folder: Path) -> dict[str, tuple[str, str]]:
    """{path relative to folder: (problem id, how it was matched)} for every solution discovered."""
    found = discover([folder])
    return {solution.path.relative_to(folder.resolve()).as_posix(): (solution.problem_id, solution.matched_by)
            for solution in found.solutions}


# Discovery ----------------------------------------------------------------------------------------------------


def test_a_file_named_after_a_problem_is_found_in_any_layout(tmp_path):
    write(tmp_path, {"two-sum.py": ACCEPTED, "a/two_sum.py": ACCEPTED, "a/b/c/Two_Sum.py": ACCEPTED,
                     "0001-two-sum.py": ACCEPTED, "lc1.py": ACCEPTED, "TwoSum.py": ACCEPTED, "0015.py": ACCEPTED})
    assert by_name(tmp_path) == {
        "two-sum.py": ("two-sum", "name"), "a/two_sum.py": ("two-sum", "name"), "a/b/c/Two_Sum.py": ("two-sum", "name"),
        "0001-two-sum.py": ("two-sum", "name"), "lc1.py": ("two-sum", "number"), "TwoSum.py": ("two-sum", "name"),
        "0015.py": ("3sum", "number")}


def test_a_judge_header_names_the_problem_and_wins_over_the_file_name(tmp_path):
    write(tmp_path, {"softmax.py": "#!/usr/bin/env python3\n# judge: two-sum\n" + ACCEPTED, "mine.py": SYNTAX_ERROR})
    assert by_name(tmp_path) == {"softmax.py": ("two-sum", "header"), "mine.py": ("two-sum", "header")}


def test_a_folder_named_after_a_problem_holds_its_solutions(tmp_path):
    write(tmp_path, {"0001-two-sum/solution.py": ACCEPTED, "lru-cache/attempts/first.py": "class LRUCache: pass\n"})
    assert by_name(tmp_path) == {"0001-two-sum/solution.py": ("two-sum", "folder"),
                                 "lru-cache/attempts/first.py": ("lru-cache", "folder")}


def test_two_solutions_for_one_problem_are_both_graded_apart(tmp_path):
    write(tmp_path, {"alice/two_sum.py": ACCEPTED, "bob/two_sum.py": WRONG})
    solutions = discover([tmp_path]).solutions
    assert [(s.display.split("/")[-2], s.problem_id) for s in solutions] == [("alice", "two-sum"), ("bob", "two-sum")]


def test_files_that_match_no_problem_are_listed_with_the_reason(tmp_path):
    write(tmp_path, {"twosum.py": ACCEPTED, "helpers.py": "X = 1\n", "typo.py": "# judge: two-summ\n" + ACCEPTED,
                     "0002-two-sum-v2.py": ACCEPTED, "__init__.py": ""})
    found = discover([tmp_path])
    assert found.solutions == []
    reasons = {Path(u.display).name: u.reason for u in found.unmatched}
    assert set(reasons) == {"twosum.py", "helpers.py", "typo.py", "0002-two-sum-v2.py"}
    assert "did you mean two-sum?" in reasons["twosum.py"]
    assert "'# judge: two-summ' header names no known problem" in reasons["typo.py"]
    assert "did you mean add-two-numbers?" in reasons["0002-two-sum-v2.py"]  # a number and a name that disagree
    assert "# judge: PROBLEM-ID" in reasons["helpers.py"]


def test_strict_fails_the_run_on_a_file_that_matches_no_problem(tmp_path):
    write(tmp_path, {"twosum.py": ACCEPTED})
    lenient = judge("grade", tmp_path, "--color", "never")
    assert lenient.exit_code == 0 and "twosum.py: matches no problem; did you mean two-sum?" in lenient.stdout
    strict = judge("grade", tmp_path, "--strict", "--color", "never")
    assert strict.exit_code == 1 and "0 solutions: 0 accepted; 1 file matches no problem" in strict.stdout


def test_hidden_folders_caches_and_virtual_environments_are_not_searched(tmp_path):
    write(tmp_path, {".git/two_sum.py": ACCEPTED, "env/pyvenv.cfg": "home = /usr\n", "env/lib/two_sum.py": ACCEPTED,
                     "__pycache__/two_sum.py": ACCEPTED, "src/two_sum.py": ACCEPTED})
    assert by_name(tmp_path) == {"src/two_sum.py": ("two-sum", "name")}
    assert discover([tmp_path]).unmatched == []


def test_a_symbolic_link_out_of_the_folder_is_never_read(tmp_path):
    secret = write(tmp_path, {"outside/secret.py": "KEY = 'do not send me anywhere'\n"}) / "outside" / "secret.py"
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "two_sum.py").symlink_to(secret)
    found = discover([tmp_path / "solutions"])
    assert found.solutions == []
    assert "symbolic link to a file outside the folder" in found.unmatched[0].reason


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path):
    result = judge("grade", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "no such file or folder" in one_line_error(result)


def test_a_folder_without_python_files_is_a_usage_error(tmp_path):
    result = judge("grade", tmp_path)
    assert result.exit_code == 2
    assert "no Python files to grade" in one_line_error(result)


# Sharding -----------------------------------------------------------------------------------------------------


@pytest.fixture
def many_solutions(tmp_path):
    names = ["two-sum", "3sum", "softmax", "lru-cache", "coin-change", "word-break", "merge-intervals", "min-stack"]
    write(tmp_path, {f"student{i}/{name}.py": "pass\n" for i in range(4) for name in names})
    return tmp_path, discover([tmp_path]).solutions


@pytest.mark.parametrize("count", [1, 2, 3, 5, 40])
def test_shards_partition_the_solutions_exactly_and_the_same_way_every_time(many_solutions, count):
    folder, solutions = many_solutions
    shards = [shard_solutions(solutions, Shard(k, count), folder) for k in range(1, count + 1)]
    taken = [solution for share in shards for solution in share]
    assert sorted(taken) == sorted(solutions) and len(taken) == len(solutions) == 32  # each exactly once
    shuffled = list(reversed(solutions))  # another job, another discovery order: the same split
    assert [sorted(share) for share in shards] == [
        sorted(shard_solutions(shuffled, Shard(k, count), folder)) for k in range(1, count + 1)]


def test_shards_are_balanced_by_recorded_durations(many_solutions):
    folder, solutions = many_solutions
    durations = {solution.path.relative_to(folder.resolve()).as_posix(): 1.0 for solution in solutions}
    heavy = [name for name in durations if name.startswith("student0/")]
    durations.update({name: 10.0 for name in heavy})  # 8 heavy solutions of 10 s, 24 light ones of 1 s
    loads = []
    for k in (1, 2, 3, 4):
        share = shard_solutions(solutions, Shard(k, 4), folder, durations)
        loads.append(sum(durations[s.path.relative_to(folder.resolve()).as_posix()] for s in share))
    assert sum(loads) == 104 and max(loads) - min(loads) <= 1.0


@pytest.mark.parametrize("shard", ["5/4", "0/4", "two/four", "1/0"])
def test_a_bad_shard_is_a_usage_error(tmp_path, shard):
    write(tmp_path, {"two_sum.py": ACCEPTED})
    result = judge("grade", tmp_path, "--shard", shard)
    assert result.exit_code == 2
    assert "--shard" in one_line_error(result)


def test_a_shard_with_nothing_in_it_grades_nothing_and_passes(tmp_path):
    write(tmp_path, {"two_sum.py": ACCEPTED})
    result = judge("grade", tmp_path, "--shard", "2/2", "--color", "never")
    assert result.exit_code == 0, result.output
    assert "nothing to grade in this shard" in result.stderr


# --changed-since ----------------------------------------------------------------------------------------------


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
                   check=True, capture_output=True)


def test_changed_since_keeps_what_the_branch_changed_not_what_main_gained(tmp_path):
    write(tmp_path, {"two_sum.py": ACCEPTED, "softmax.py": "pass\n", "lru-cache.py": "pass\n"})
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "start")
    git(tmp_path, "checkout", "-q", "-b", "feature")
    write(tmp_path, {"two_sum.py": WRONG})  # changed on the branch, committed
    git(tmp_path, "commit", "-q", "-am", "edit")
    git(tmp_path, "checkout", "-q", "main")
    write(tmp_path, {"softmax.py": "x = 2\n"})  # changed on main after the branch point
    git(tmp_path, "commit", "-q", "-am", "main moves on")
    git(tmp_path, "checkout", "-q", "feature")
    write(tmp_path, {"nested/3sum.py": "pass\n"})  # new, not yet committed
    solutions = discover([tmp_path]).solutions
    changed = only_changed(solutions, [tmp_path], "main")
    assert sorted(s.problem_id for s in changed) == ["3sum", "two-sum"]


def test_changed_since_a_ref_git_does_not_know_is_a_usage_error(tmp_path):
    write(tmp_path, {"two_sum.py": ACCEPTED})
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "start")
    result = judge("grade", tmp_path, "--changed-since", "origin/nope")
    assert result.exit_code == 2
    assert "--changed-since origin/nope: git knows no such commit" in one_line_error(result)


def test_changed_since_outside_a_git_repository_is_a_usage_error(tmp_path):
    write(tmp_path, {"two_sum.py": ACCEPTED})
    result = judge("grade", tmp_path, "--changed-since", "main", env={"GIT_CEILING_DIRECTORIES": str(tmp_path.parent)})
    assert result.exit_code == 2
    assert "is not in a git repository" in one_line_error(result)


# Grading for real ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Two real grading runs of one folder: -j 2 with every report and GitHub's variables, then -j 1 --allow-fail."""
    root = tmp_path_factory.mktemp("grade")
    folder = write(root / "solutions", {
        "two_sum.py": ACCEPTED,  # AC
        "0001-two-sum.py": WRONG,  # WA on the first example
        "attempts/mine.py": SYNTAX_ERROR,  # CE, found by its header, never started
        "two-sum/crash.py": CRASH,  # RE with a line, found by its folder
        "notes.py": "print('not a solution')\n",  # matches nothing
    })
    summary = root / "summary.md"
    summary.write_text("earlier step\n")
    reports = root / "reports"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    first = judge("grade", folder, "-j", "2", "--junit", reports / "junit.xml", "--json", reports / "first.json",
                  "--markdown", reports / "summary.md", "--store-durations", "--color", "never", env=env)
    second = judge("grade", folder, "-j", "1", "--json", reports / "second.json", "--allow-fail", "--color", "never",
                   env={"GITHUB_ACTIONS": None, "GITHUB_STEP_SUMMARY": None})
    return {"first": first, "second": second, "folder": folder, "reports": reports, "summary": summary,
            "json": json.loads((reports / "first.json").read_text())}


@pytest.mark.docker
def test_grading_gives_each_solution_its_own_verdict_and_exits_1(graded):
    first = graded["first"]
    assert first.exit_code == 1, first.output + first.stderr
    verdicts = {s["path"].split("solutions/")[1]: s["verdict"] for s in graded["json"]["solutions"]}
    assert verdicts == {"two_sum.py": "AC", "0001-two-sum.py": "WA", "attempts/mine.py": "CE",
                        "two-sum/crash.py": "RE"}
    assert "4 solutions: 1 accepted, 3 not (WA 1, RE 1, CE 1); 1 file matches no problem" in first.stdout
    assert "notes.py: matches no problem" in first.stdout


@pytest.mark.docker
def test_junit_has_a_testcase_per_solution_and_the_failing_case(graded):
    suite = ET.parse(graded["reports"] / "junit.xml").getroot().find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == ("5", "3", "0", "1")
    cases = {case.get("name").split("solutions/")[1]: case for case in suite.iter("testcase")}
    assert list(cases["two_sum.py"]) == [] and cases["two_sum.py"].get("classname") == "two-sum"
    wrong = cases["0001-two-sum.py"].find("failure")
    assert wrong.get("type") == "WA" and wrong.get("message").startswith("Wrong Answer on example 1 (0/")
    assert "input:    nums = [2, 7, 11, 15], target = 9" in wrong.text and "expected: [0, 1]" in wrong.text
    assert "got:      [2, 7]" in wrong.text
    assert cases["attempts/mine.py"].find("failure").get("type") == "CE"
    assert "KeyError" in cases["two-sum/crash.py"].find("failure").text
    assert cases["notes.py"].find("skipped") is not None


@pytest.mark.docker
def test_the_json_report_holds_each_runs_own_judge_run_result(graded):
    data = graded["json"]
    assert data["schema_version"] == 1 and data["ok"] is False
    assert data["summary"] == {"solutions": 4, "accepted": 1, "rejected": 3, "internal_errors": 0, "unmatched": 1,
                               "by_verdict": {"AC": 1, "WA": 1, "RE": 1, "CE": 1}}
    wrong = next(s for s in data["solutions"] if s["verdict"] == "WA")
    assert wrong["problem"] == "two-sum" and wrong["matched_by"] == "name"
    assert wrong["result"]["failed_case"]["got"] == [2, 7] and wrong["result"]["submission"] == wrong["path"]
    accepted = next(s for s in data["solutions"] if s["verdict"] == "AC")
    assert accepted["result"]["failed_case"] is None and accepted["result"]["properties"]["failed"] is False
    assert "complexity" not in accepted["result"] and data["options"]["complexity"] is False  # timed: off by default
    assert [u["path"].split("solutions/")[1] for u in data["unmatched"]] == ["notes.py"]


@pytest.mark.docker
def test_a_rerun_gives_identical_results_apart_from_timings(graded):
    def without_timings(value):
        if isinstance(value, dict):
            return {key: without_timings(item) for key, item in value.items() if key not in TIMING_KEYS}
        if isinstance(value, list):
            return [without_timings(item) for item in value]
        return value

    second = json.loads((graded["reports"] / "second.json").read_text())
    assert without_timings(second) == without_timings(graded["json"])


@pytest.mark.docker
def test_allow_fail_reports_the_failures_but_exits_0(graded):
    second = graded["second"]
    assert second.exit_code == 0, second.output + second.stderr
    assert "✘ WA" in second.stdout and "expected: [0, 1]" in second.stdout


@pytest.mark.docker
def test_markdown_is_appended_to_the_github_step_summary(graded):
    summary = graded["summary"].read_text()
    assert summary.startswith("earlier step\n## judge grade: 4 solutions: 1 accepted")
    assert "two_sum.py` | two-sum | Accepted |" in summary and "| ✅ |" in summary
    assert "<summary>❌ <code>" in summary and "expected: [0, 1]" in summary
    assert summary.split("earlier step\n", 1)[1] == (graded["reports"] / "summary.md").read_text()


@pytest.mark.docker
def test_github_annotations_point_at_each_failing_file_and_line(graded):
    lines = [line for line in graded["first"].stdout.splitlines() if line.startswith("::")]
    errors = {line.split("file=")[1].split(",")[0].split("solutions/")[1]: line for line in lines
              if line.startswith("::error ")}
    assert set(errors) == {"0001-two-sum.py", "attempts/mine.py", "two-sum/crash.py"}
    assert ",line=2," in errors["attempts/mine.py"] and ",line=3," in errors["two-sum/crash.py"]
    assert "title=judge%3A Wrong Answer (two-sum)::Wrong Answer on example 1" in errors["0001-two-sum.py"]
    assert "%0Aexpected: [0, 1]%0A" in errors["0001-two-sum.py"]
    assert any(line.startswith("::warning file=") and "notes.py" in line for line in lines)
    assert not any(line.startswith("::") for line in graded["second"].stdout.splitlines())  # not on GitHub


@pytest.mark.docker
def test_store_durations_records_every_graded_solution_for_the_next_shards(graded):
    durations = load_durations(graded["folder"] / ".judge-durations.json")
    assert set(durations) == {"two_sum.py", "0001-two-sum.py", "attempts/mine.py", "two-sum/crash.py"}
    assert all(seconds > 0 for seconds in durations.values())


# Isolation ----------------------------------------------------------------------------------------------------


@pytest.mark.docker
def test_a_hostile_solution_and_a_problem_that_kills_the_grader_cost_only_their_own_results(tmp_path, problem_bank):
    bank = problem_bank("two-sum")
    broken = bank / "broken-sum"
    shutil.copytree(bank / "two-sum", broken)
    spec = (broken / "problem.yaml").read_text().replace("id: two-sum", "id: broken-sum").replace("leetcode: 1\n", "")
    (broken / "problem.yaml").write_text(spec)
    (broken / "reference.py").write_text("import os\nos._exit(7)  # kills the process that loads it\n")
    hostile = "# judge: two-sum\n" + (ROOT / "tests" / "hostile" / "kill_the_runner.py").read_text()
    folder = write(tmp_path / "solutions", {"two_sum.py": ACCEPTED, "broken-sum.py": ACCEPTED, "hostile.py": hostile})
    result = judge("grade", folder, "-j", "2", "--no-properties", "--complexity", "--json", "-", "--color", "never")
    assert result.exit_code == 3, result.output + result.stderr
    verdicts = {Path(s["path"]).name: s for s in json.loads(result.stdout)["solutions"]}
    assert verdicts["two_sum.py"]["verdict"] == "AC"
    assert verdicts["two_sum.py"]["result"]["complexity"]["expected"] == "O(n)"  # --complexity: notes after AC
    assert verdicts["hostile.py"]["verdict"] == "WA"
    assert verdicts["broken-sum.py"]["verdict"] == "IE"
    assert "worker process died" in verdicts["broken-sum.py"]["message"]


def test_a_judge_error_is_that_solutions_internal_error_not_a_crash(tmp_path, local_sandbox):
    path = write(tmp_path, {"x.py": ACCEPTED}) / "x.py"
    outcome = grade_one(Solution("x.py", "no-such-problem", path), GradeOptions(sandbox="local"), local_sandbox)
    assert outcome.verdict is Verdict.IE and "unknown problem 'no-such-problem'" in outcome.message


def test_an_internal_error_fails_the_run_even_with_allow_fail():
    solution = Solution("x.py", "two-sum", Path("x.py"))
    report = GradeReport([Graded(solution, Verdict.AC), Graded(solution, Verdict.IE, message="the sandbox broke")])
    assert report.exit_code(allow_fail=True) == 3
    assert GradeReport([Graded(solution, Verdict.WA)]).exit_code(allow_fail=True) == 0
    assert GradeReport([Graded(solution, Verdict.WA)]).exit_code() == 1


def test_a_missing_sandbox_image_is_one_error_line_and_exit_3(tmp_path):
    write(tmp_path, {"two_sum.py": ACCEPTED})
    result = judge("grade", tmp_path, env={"JUDGE_IMAGE": "judge-sandbox:no-such-tag"})
    assert result.exit_code == 3
    assert "sandbox image judge-sandbox:no-such-tag is missing" in one_line_error(result)


# init-ci ------------------------------------------------------------------------------------------------------


def workflow(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def test_init_ci_writes_a_workflow_with_a_matrix_over_shards(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "solutions").mkdir()
    result = judge("init-ci", "--shards", "3", "--judge-repo", "someone/judge", "--judge-ref", "v1")
    assert result.exit_code == 0, result.output + result.stderr
    job = workflow(tmp_path / ".github" / "workflows" / "judge.yml")["jobs"]["grade"]
    assert job["strategy"]["matrix"]["shard"] == [1, 2, 3] and job["strategy"]["fail-fast"] is False
    steps = {step.get("name") or step["uses"]: step for step in job["steps"]}
    checkout = next(step for step in job["steps"] if step.get("with", {}).get("repository") == "someone/judge")
    assert checkout["with"] == {"repository": "someone/judge", "path": ".judge", "ref": "v1"}
    assert steps["Install judge"]["run"] == "python -m pip install -e .judge"
    assert "hashFiles('.judge/sandbox/**')" in steps["Restore the sandbox image"]["with"]["key"]
    assert "judge sandbox build" in steps["Load or build the sandbox image"]["run"]
    grade_line = steps["Grade"]["run"]
    assert grade_line.startswith("judge grade solutions --shard ${{ matrix.shard }}/3 --junit")
    assert "--changed-since origin/{0}" in grade_line


def test_the_workflows_grade_command_is_one_judge_grade_accepts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    judge("init-ci", "--shards", "2", "--judge-repo", "someone/judge", "--path", "my solutions")
    job = workflow(tmp_path / ".github" / "workflows" / "judge.yml")["jobs"]["grade"]
    line = next(step["run"] for step in job["steps"] if step.get("name") == "Grade")
    line = line.split(" ${{ github.event_name")[0].replace("${{ matrix.shard }}", "2")
    args = shlex.split(line)
    assert args[:3] == ["judge", "grade", "my solutions"]
    from judge.grading.commands import grade

    context = grade.make_context("grade", args[2:])
    assert context.params["shard"] == "2/2" and context.params["junit"] == Path("judge-report-2.xml")


def test_init_ci_in_a_judge_checkout_installs_judge_from_it_and_grades_its_solutions_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "judge"\nversion = "0.1.0"\n')
    refused = judge("init-ci")  # '.' would be judge's own files
    assert refused.exit_code == 2 and "would grade judge's own files" in one_line_error(refused)
    (tmp_path / "solutions").mkdir()
    result = judge("init-ci", "--output", "ci.yml")
    assert result.exit_code == 0, result.stderr
    steps = workflow(tmp_path / "ci.yml")["jobs"]["grade"]["steps"]
    assert next(s["run"] for s in steps if s.get("name") == "Install judge") == "python -m pip install -e ."
    assert not any(s.get("with", {}).get("repository") for s in steps)
    assert next(s["run"] for s in steps if s.get("name") == "Grade").startswith("judge grade solutions --shard")


def test_init_ci_elsewhere_needs_to_know_where_judge_comes_from(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = judge("init-ci")
    assert result.exit_code == 2
    assert "--judge-repo OWNER/NAME" in one_line_error(result)


def test_init_ci_never_overwrites_a_workflow_without_force(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    existing = write(tmp_path, {".github/workflows/judge.yml": "mine\n"}) / ".github" / "workflows" / "judge.yml"
    result = judge("init-ci", "--judge-repo", "someone/judge")
    assert result.exit_code == 2 and "already exists" in one_line_error(result)
    assert existing.read_text() == "mine\n"
    assert judge("init-ci", "--judge-repo", "someone/judge", "--force").exit_code == 0
    assert "judge grade" in existing.read_text()


def test_a_script_without_a_main_guard_grades_when_its_workers_can_be_forked(tmp_path):
    folder = write(tmp_path / "solutions", {"two_sum.py": ACCEPTED, "alice/two_sum.py": ACCEPTED})
    script = write(tmp_path, {"no_guard.py": (
        "from judge.backends.local import LocalSandbox\n"
        "from judge.grading import GradeOptions, discover, grade\n"
        f"solutions = discover([{str(folder)!r}]).solutions\n"
        "graded = grade(solutions, GradeOptions(sandbox='local', jobs=2), LocalSandbox())  # no __main__ guard\n"
        "print([g.verdict.value for g in graded])\n")})
    done = subprocess.run([sys.executable, str(script / "no_guard.py")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['AC', 'AC']"


def test_a_script_whose_workers_cannot_start_gets_one_clear_error_not_an_ie_per_solution(tmp_path):
    # A thread of its own keeps the grader from forking: its workers are spawned, import the
    # script again, and without a __main__ guard die as they start.
    folder = write(tmp_path / "solutions", {"two_sum.py": ACCEPTED, "alice/two_sum.py": ACCEPTED})
    script = write(tmp_path, {"no_guard.py": (
        "import threading, time\n"
        "from judge.backends.local import LocalSandbox\n"
        "from judge.grading import GradeOptions, discover, grade\n"
        "threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n"
        f"solutions = discover([{str(folder)!r}]).solutions\n"
        "grade(solutions, GradeOptions(sandbox='local', jobs=2), LocalSandbox())  # no __main__ guard\n")})
    done = subprocess.run([sys.executable, str(script / "no_guard.py")], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "JudgeError: the grading worker processes die as they start" in done.stderr
    assert "__main__" in done.stderr.splitlines()[-1]


def test_init_ci_caches_the_torch_image_only_when_a_solution_needs_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "two_sum.py").write_text("class Solution: pass\n")
    judge("init-ci", "--judge-repo", "someone/judge", "--output", "numpy.yml")
    names = [step.get("name") for step in workflow(tmp_path / "numpy.yml")["jobs"]["grade"]["steps"]]
    assert "Load or build the torch sandbox image" not in names

    (tmp_path / "solutions" / "embedding_bag_torch.py").write_text("import torch\n")
    result = judge("init-ci", "--judge-repo", "someone/judge", "--output", "torch.yml")
    assert "with the torch image" in result.stderr
    steps = {step.get("name"): step for step in workflow(tmp_path / "torch.yml")["jobs"]["grade"]["steps"]}
    assert "sudo \"$(command -v judge)\" sandbox build --torch" in steps["Load or build the torch sandbox image"]["run"]
    assert steps["Restore the torch sandbox image"]["with"]["key"].startswith("judge-sandbox-torch-")
    assert "image_tag(TORCH)" in steps["Load or build the torch sandbox image"]["run"]

    judge("init-ci", "--judge-repo", "someone/judge", "--output", "off.yml", "--no-torch")
    names = [step.get("name") for step in workflow(tmp_path / "off.yml")["jobs"]["grade"]["steps"]]
    assert "Restore the torch sandbox image" not in names
