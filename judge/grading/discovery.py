"""Finding solution files in a folder of any layout, and the problem each one solves.

A file says which problem it solves, in this order of precedence:

1. a header line `# judge: two-sum` near the top (it wins over the name);
2. its name: `two-sum.py`, `two_sum.py`, `Two_Sum.py`, `0001-two-sum.py` (a LeetCode number prefix),
   or just the LeetCode number (`0001.py`, `lc1.py`);
3. its folder's name, the same way (`0001-two-sum/solution.py`).

A file that matches nothing is listed with the reason and, when a problem id is
close, a suggestion: a typo must never pass CI unnoticed by grading nothing.
Nothing here executes a file; the header is read as text.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from judge.errors import SubmissionError
from judge.files import Unreadable, kind_of, read_regular

HEADER = re.compile(r"^#\s*judge\s*:\s*(?P<id>\S+)\s*$", re.IGNORECASE)
LEETCODE = re.compile(r"^leetcode:\s*(?P<number>\d+)\s*(?:#.*)?$", re.MULTILINE)  # a top-level key of problem.yaml
HEADER_LINES = 30  # a header is looked for in the first lines only, as coding cookies are
HEADER_BYTES = 64 * 1024  # and in their first bytes: an 8 GB file of one line is not read whole
NUMBER_PREFIX = re.compile(r"^(?:lc|leetcode)?[-_ ]?(?P<number>\d+)(?:[-_. ]+(?P<rest>.*))?$", re.IGNORECASE)
NOT_SOLUTIONS = {"__init__.py", "conftest.py"}  # never a solution, and listing them would be noise
SKIPPED_FOLDERS = {"__pycache__", "node_modules", "site-packages"}
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@dataclass(frozen=True, order=True)
class Solution:
    """One solution file and the problem it is graded against."""

    display: str  # the path as reports show it: relative to the working directory when under it
    problem_id: str
    path: Path = field(compare=False)  # absolute
    matched_by: str = field(default="name", compare=False)  # "header", "name", "number" or "folder"


@dataclass(frozen=True)
class Unmatched:
    """A Python file that matches no problem, and why."""

    display: str
    reason: str


@dataclass
class Discovery:
    solutions: list[Solution]
    unmatched: list[Unmatched]


@dataclass(frozen=True)
class ProblemIndex:
    """The known problem ids, and LeetCode numbers to ids."""

    ids: frozenset[str]
    numbers: dict[int, str]

    @classmethod
    def load(cls) -> "ProblemIndex":
        """Read from the problem folders' names and a line of each problem.yaml: fast, and a broken
        problem still matches by name (grading then reports what is wrong with it)."""
        from judge.problem import problem_folders

        folders = problem_folders()
        ids = sorted(folders)
        numbers = {}
        for problem_id in ids:
            try:
                spec = (folders[problem_id] / "problem.yaml").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            number = LEETCODE.search(spec)
            if number is not None:
                numbers[int(number["number"])] = problem_id
        return cls(frozenset(ids), numbers)

    def by_name(self, name: str) -> tuple[str, str] | None:
        """(problem id, how) for a file stem or a folder name, or None.

        A number with a name that is not its problem's (`0002-two-sum-v2`) matches
        nothing rather than a guess: grading the wrong problem would fail a correct file.
        """
        for slug in dict.fromkeys([_slug(name), _slug(_CAMEL.sub("-", name))]):
            if slug in self.ids:
                return slug, "name"
            numbered = NUMBER_PREFIX.match(slug)
            if numbered is None:
                continue
            rest = _slug(numbered["rest"] or "")
            if rest in self.ids:
                return rest, "name"
            if not rest and int(numbered["number"]) in self.numbers:
                return self.numbers[int(numbered["number"])], "number"
        return None

    def suggestion(self, name: str) -> str:
        slug = _slug(name)
        numbered = NUMBER_PREFIX.match(slug)
        if numbered is not None and int(numbered["number"]) in self.numbers:
            return f"did you mean {self.numbers[int(numbered['number'])]}? "
        close = difflib.get_close_matches(slug, sorted(self.ids), n=1, cutoff=0.75)
        return f"did you mean {close[0]}? " if close else ""


def discover(paths: Sequence[str | Path], index: ProblemIndex | None = None) -> Discovery:
    """Every .py file under `paths` (folders or files), matched to a problem. Sorted by path."""
    index = index or ProblemIndex.load()
    solutions: dict[Path, Solution] = {}
    unmatched: dict[Path, Unmatched] = {}
    for root, file in _python_files(paths):
        if file in solutions or file in unmatched:
            continue
        match = _match(file, root, index)
        if isinstance(match, Solution):
            solutions[file] = match
        else:
            unmatched[file] = match
    return Discovery(sorted(solutions.values()), sorted(unmatched.values(), key=lambda u: u.display))


def display_path(path: Path) -> str:
    """Relative to the working directory when under it (CI annotations need that), else absolute."""
    try:
        return path.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _python_files(paths: Sequence[str | Path]) -> Iterable[tuple[Path, Path]]:
    """(root, file) for each candidate file, resolved; roots are folders, or a file's own folder."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise SubmissionError(f"{given}: no such file or folder")
        if not path.is_dir():  # a file, or a FIFO or device given by name: _match says why it is not read
            # The folder resolved, the file itself not: a link must still look like a link.
            file = path.absolute().parent.resolve() / path.name
            yield file.parent, file
            continue
        root = path.resolve()
        for folder, folders, files in os.walk(root):
            folders[:] = sorted(name for name in folders if not _skipped_folder(Path(folder) / name))
            for name in sorted(files):
                if name.endswith(".py") and name not in NOT_SOLUTIONS:
                    yield root, Path(folder) / name


def _skipped_folder(folder: Path) -> bool:
    """Hidden folders (.git, .venv), caches, and any virtual environment."""
    return folder.name.startswith(".") or folder.name in SKIPPED_FOLDERS or (folder / "pyvenv.cfg").exists()


def _match(file: Path, root: Path, index: ProblemIndex) -> Solution | Unmatched:
    shown = display_path(file)
    if file.is_symlink() and not _inside(file.resolve(), root):
        # Its target would be read on the host and sent to the sandbox: never follow a link out of the folder.
        return Unmatched(shown, "a symbolic link to a file outside the folder; not read")
    kind = kind_of(file)
    if kind is not None:
        return Unmatched(shown, f"{kind}, not a regular file; not read")
    header = _header(file)
    if header is not None:
        if header in index.ids:
            return Solution(shown, header, file, "header")
        return Unmatched(shown, f"its '# judge: {header}' header names no known problem; "
                                f"{index.suggestion(header)}'judge list' shows the ids")
    by_name = index.by_name(file.stem)
    if by_name is not None:
        return Solution(shown, by_name[0], file, by_name[1])
    for folder in _folders_up_to(file, root):
        by_folder = index.by_name(folder.name)
        if by_folder is not None:
            return Solution(shown, by_folder[0], file, "folder")
    return Unmatched(shown, f"matches no problem; {index.suggestion(file.stem)}"
                            "name it after a problem id or add a '# judge: PROBLEM-ID' line")


def _folders_up_to(file: Path, root: Path) -> list[Path]:
    """The file's folder and its parents, up to and including the root given on the command line."""
    folders = []
    for folder in file.parents:
        folders.append(folder)
        if folder == root:
            break
    return folders if _inside(file, root) else [file.parent]


def _header(file: Path) -> str | None:
    """The problem a `# judge: ID` line in the first lines names; only the file's first bytes are read."""
    try:
        top = read_regular(file, HEADER_BYTES, whole=False)
    except Unreadable:
        return None  # unreadable: grading says so with the file's name
    for line in top.decode("utf-8", "replace").splitlines()[:HEADER_LINES]:
        found = HEADER.match(line.strip())
        if found:
            return found["id"].lower()
    return None


def _slug(name: str) -> str:
    return re.sub(r"[-_\s]+", "-", name.strip().lower()).strip("-")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False
