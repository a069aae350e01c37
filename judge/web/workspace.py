"""The one file a problem is solved in: the terminal practice's, in the same folder.

The page edits the newest file of the problem in the workspace (two_sum.py, or the
two_sum_3.py a later round wrote), or a fresh starter when there is none, so a
candidate can switch between their own editor and the page at will.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from judge.practice.session import write_starter
from judge.problem import Problem


@dataclass(frozen=True)
class FileState:
    name: str
    code: str
    mtime_ns: int

    def to_json(self) -> dict:
        return {"file": self.name, "code": self.code, "mtime_ns": str(self.mtime_ns)}


def problem_files(workspace: Path, problem: Problem) -> list[Path]:
    """The problem's files in the workspace, written by a round or the page: two_sum.py, two_sum_2.py, ..."""
    stem = problem.id.replace("-", "_")
    pattern = re.compile(rf"{re.escape(stem)}(_\d+)?\.py")
    if not workspace.is_dir():
        return []
    return [path for path in workspace.iterdir() if pattern.fullmatch(path.name) and path.is_file()
            and not path.is_symlink()]


def newest_file(workspace: Path, problem: Problem) -> Path:
    """The file saved last, or a fresh starter."""
    files = problem_files(workspace, problem)
    if not files:
        return write_starter(workspace, problem)
    return max(files, key=lambda path: (path.stat().st_mtime_ns, path.name))


def read(path: Path) -> FileState:
    stat = path.stat()
    return FileState(path.name, path.read_text(encoding="utf-8", errors="replace"), stat.st_mtime_ns)


def mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def save(path: Path, code: str) -> int:
    """Write the editor's content; its new mtime, so the page does not take its own save for the user's."""
    if path.is_symlink():
        raise OSError(f"{path} is a symbolic link: the page writes only the workspace's own files")
    path.write_text(code, encoding="utf-8")
    return path.stat().st_mtime_ns
