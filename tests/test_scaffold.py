"""`judge problem new ID` writes a folder that `judge verify` proves as it stands."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from judge.cli import main


def judge(*args):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def empty_pack(tmp_path, monkeypatch):
    pack = tmp_path / "pack"
    pack.mkdir()
    monkeypatch.setenv("JUDGE_PROBLEMS", str(pack))
    return pack


def test_a_new_problem_has_every_part_the_standard_asks_for(empty_pack):
    result = judge("problem", "new", "max-window-sum")
    assert result.exit_code == 0, result.output
    folder = empty_pack / "max-window-sum"
    for part in ("problem.yaml", "statement.md", "reference.py", "generators.py", "accepted/prefix_sums.py",
                 "time_limit/every_window_summed.py"):
        assert (folder / part).is_file(), part
    assert len(list((folder / "wrong_answer").glob("*.py"))) >= 2
    assert "name: maxWindowSum" in (folder / "problem.yaml").read_text()
    assert "from judge.kit import Bound" in (folder / "generators.py").read_text()


@pytest.mark.parametrize("args, message", [
    (("Max_Window",), "'Max_Window' is not a problem id"),
    (("two-sum", "--into", "PACK"), "already exists"),
])
def test_a_bad_or_taken_id_is_refused_in_one_line(empty_pack, monkeypatch, args, message):
    import os

    from judge.paths import ROOT
    monkeypatch.setenv("JUDGE_PROBLEMS", f"{empty_pack}{os.pathsep}{ROOT / 'problems'}")
    args = tuple(str(empty_pack) if arg == "PACK" else arg for arg in args)
    result = judge("problem", "new", *args)
    assert result.exit_code == 3 and message in result.stderr and "Traceback" not in result.output


@pytest.mark.docker
def test_the_scaffold_is_proven_by_verify(empty_pack):
    assert judge("problem", "new", "max-window-sum").exit_code == 0
    measured = judge("verify", "--margins", "max-window-sum", "--color", "never")
    assert measured.exit_code == 0, measured.output + measured.stderr
    verified = judge("verify", "max-window-sum", "--color", "never")
    assert verified.exit_code == 0, verified.output + verified.stderr
    assert "1/1 problems verified" in verified.output
