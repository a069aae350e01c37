"""Files a user can be handed: only regular files are read, and only once their size allows it.

A FIFO named two_sum.py would block a read forever; an 8 GB sparse file costs nothing on
disk and 8 GB to read. `judge run` refuses each in one line (exit 2), `judge grade` lists
the FIFO as not graded and gives the large file its own verdict, and neither waits.
Each command runs in a subprocess with a time-out, so a regression fails instead of hanging.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from judge.errors import SubmissionError
from judge.files import Unreadable, read_regular
from judge.submission import read_submission

JUDGE = [str(Path(sys.executable).parent / "judge")]
EIGHT_GB = 8 << 30


def judge(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*JUDGE, *arguments], cwd=cwd, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, NO_COLOR="1", CI="1"))


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "two_sum.py"
    os.mkfifo(path)
    return path


@pytest.fixture
def sparse(tmp_path) -> Path:
    path = tmp_path / "coin_change.py"
    with open(path, "wb") as file:
        file.truncate(EIGHT_GB)
    return path


def test_judge_run_refuses_a_fifo_in_one_line_without_waiting(fifo):
    done = judge("run", "two-sum", str(fifo), "--sandbox", "local", cwd=fifo.parent)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"judge: error: {fifo}: is a FIFO (named pipe), not a regular file"]


def test_judge_run_refuses_an_8_gb_file_by_its_size_before_reading_it(sparse):
    done = judge("run", "coin-change", str(sparse), "--sandbox", "local", cwd=sparse.parent)
    assert done.returncode == 2
    assert done.stderr.strip() == f"judge: error: {sparse}: is 8 GiB, over the 1 MiB limit"


def test_grading_lists_a_fifo_as_not_graded_and_gives_an_8_gb_file_its_own_verdict(fifo, sparse):
    done = judge("grade", ".", "--sandbox", "local", "--json", "-", cwd=fifo.parent)
    report = json.loads(done.stdout)
    assert report["unmatched"] == [{"path": "two_sum.py", "reason": "a FIFO (named pipe), not a regular file; not read"}]
    (large,) = report["solutions"]
    assert large["path"] == "coin_change.py" and large["verdict"] == "CE"
    assert "is 8 GiB, over the 1 MiB limit" in large["message"]
    assert done.returncode == 1


def test_only_the_first_bytes_are_read_when_only_they_are_wanted(sparse):
    assert read_regular(sparse, 64 * 1024, whole=False) == bytes(64 * 1024)
    with pytest.raises(Unreadable, match="over the 1 KiB limit"):
        read_regular(sparse, 1024)


def test_a_device_is_not_read(tmp_path):
    link = tmp_path / "two_sum.py"
    link.symlink_to("/dev/zero")
    with pytest.raises(SubmissionError, match="is a character device, not a regular file"):
        read_submission(link)
