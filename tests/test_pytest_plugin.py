"""`pytest --judge DIR`: solutions graded through pytest itself, with xdist and --junitxml, on the real sandbox.

pytest runs in a subprocess from a fresh folder, as a person grading a solutions
repository runs it; the plugin is found through its `pytest11` entry point.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from judge.paths import ROOT

TWO_SUM = ROOT / "problems" / "two-sum"
PLANTED = "from pathlib import Path\nPath(__file__).with_name('IMPORTED').write_text('{}')\n"


def pytest_in(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", *args], cwd=folder,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.docker
def test_pytest_judge_grades_each_solution_as_a_test_with_xdist_and_junitxml(tmp_path):
    solutions = tmp_path / "solutions"
    (solutions / "bob").mkdir(parents=True)
    (solutions / "two_sum.py").write_text((TWO_SUM / "reference.py").read_text())
    (solutions / "bob" / "two-sum.py").write_text((TWO_SUM / "wrong_answer" / "returns_values.py").read_text())
    # Files pytest would import on the host if it walked the folder itself: the plugin must never let it.
    (solutions / "conftest.py").write_text(PLANTED.format("conftest"))
    (solutions / "test_sneaky.py").write_text(PLANTED.format("test module"))

    done = pytest_in(tmp_path, "--judge", "solutions", "--judge-no-properties", "-n", "2", "--junitxml", "report.xml")

    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 failed, 1 passed, 1 skipped" in done.stdout
    assert "solutions/bob/two-sum.py: Wrong Answer on example 1" in done.stdout and "expected: [0, 1]" in done.stdout
    assert "SKIPPED [1] solutions/test_sneaky.py:1: not graded: matches no problem" in done.stdout
    assert not (solutions / "IMPORTED").exists()
    cases = {case.get("classname"): case for case in ET.parse(tmp_path / "report.xml").getroot().iter("testcase")}
    assert set(cases) == {"solutions.two_sum", "solutions.bob.two-sum", "solutions.test_sneaky"}
    verdicts = {name: case.find("properties/property[@name='verdict']") for name, case in cases.items()}
    assert verdicts["solutions.two_sum"].get("value") == "AC" and cases["solutions.two_sum"].find("failure") is None
    assert verdicts["solutions.bob.two-sum"].get("value") == "WA"
    assert "got:      [2, 7]" in cases["solutions.bob.two-sum"].find("failure").get("message")


def test_without_judge_the_plugin_collects_nothing_of_its_own(tmp_path):
    (tmp_path / "two_sum.py").write_text((TWO_SUM / "reference.py").read_text())
    (tmp_path / "test_plain.py").write_text("def test_ordinary():\n    assert True\n")
    done = pytest_in(tmp_path, "-q")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout and "skipped" not in done.stdout


def test_pytest_judge_without_a_sandbox_stops_with_judges_error_line(tmp_path):
    (tmp_path / "two_sum.py").write_text((TWO_SUM / "reference.py").read_text())
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--judge", "."], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "JUDGE_IMAGE": "judge-sandbox:no-such-tag"})
    assert done.returncode == 3, done.stdout + done.stderr
    assert "judge: error: sandbox image judge-sandbox:no-such-tag is missing" in done.stdout + done.stderr


@pytest.mark.docker
def test_pytest_judge_says_how_many_solutions_it_collected(tmp_path):
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    (solutions / "two_sum.py").write_text((TWO_SUM / "reference.py").read_text())
    (solutions / "two-sum-v2.py").write_text((TWO_SUM / "reference.py").read_text())
    done = pytest_in(tmp_path, "--judge", "solutions", "--collect-only")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "collected 2 items" in done.stdout and "collected 0 items" not in done.stdout
