"""Finding problems by track, difficulty, tag and list."""

from __future__ import annotations

import difflib
import enum
from dataclasses import dataclass
from typing import Iterable

from judge.errors import UsageError
from judge.problem import Problem, all_problems


def filter_problems(track: str | None = None, difficulty: str | None = None,
                    tags: Iterable[str] = (), lists: Iterable[str] = ()) -> list[Problem]:
    """The problems matching every filter given: each tag (any case) and each list must be the problem's.

    A tag or list no problem has is refused with the nearest known ones: "0 problems" would
    read as a real answer.
    """
    problems = all_problems()
    wanted_tags = {_known(tag, {t for p in problems for t in p.tags}, "tag") for tag in tags}
    wanted_lists = {_known(name, {n for p in problems for n in p.lists}, "list") for name in lists}
    return [p for p in problems
            if (track is None or p.track == track)
            and (difficulty is None or p.difficulty == difficulty)
            and wanted_tags <= {tag.lower() for tag in p.tags}
            and wanted_lists <= set(p.lists)]


class Progress(str, enum.Enum):
    """Where the user stands with a problem, from the practice history."""

    SOLVED = "solved"
    ATTEMPTED = "attempted"
    UNSEEN = "unseen"


PROGRESS_MARKS = {Progress.SOLVED: "✔", Progress.ATTEMPTED: "·", Progress.UNSEEN: " "}


def progress() -> dict[str, Progress]:
    """Each practised problem's progress (a problem not in it is unseen); no history yet, none."""
    from judge.practice.history import History, default_path

    path = default_path()
    if not path.is_file():
        return {}
    with History(path) as history:
        rounds = history.rounds()
    marks: dict[str, Progress] = {}
    for record in rounds:
        if record.accepted:
            marks[record.problem_id] = Progress.SOLVED
        else:
            marks.setdefault(record.problem_id, Progress.ATTEMPTED)
    return marks


@dataclass(frozen=True)
class Pattern:
    name: str
    problem_ids: tuple[str, ...]


@dataclass(frozen=True)
class CuratedList:
    """A list candidates practise from (problems/lists/<name>.yaml): its problems in study order, by pattern.

    It names problems the bank may not have yet; each problem of the bank on it says so in its
    problem.yaml (`lists:`), and a test holds the two together.
    """

    name: str
    title: str
    patterns: tuple[Pattern, ...]

    @property
    def problem_ids(self) -> tuple[str, ...]:
        return tuple(problem_id for pattern in self.patterns for problem_id in pattern.problem_ids)


def curated_lists() -> dict[str, CuratedList]:
    """Every list file of the problem folders, by name."""
    from judge.paths import problems_dirs
    from judge.problem import safe_load_yaml

    found = {}
    for root in problems_dirs():
        for path in sorted((root / "lists").glob("*.yaml")):
            data = safe_load_yaml(path) or {}
            patterns = tuple(Pattern(str(p.get("name", "")), tuple(p.get("problems", [])))
                             for p in data.get("patterns") or [{"name": "", "problems": data.get("problems", [])}])
            found[path.stem] = CuratedList(path.stem, str(data.get("title", path.stem)), patterns)
    return found


def list_progress(name: str, marks: dict[str, "Progress"]) -> str:
    """`NeetCode 150: 12/150 solved (74 in the bank)`, or '' for a list with no file (only problem.yaml tags)."""
    curated = curated_lists().get(name)
    if curated is None:
        return ""
    ids = curated.problem_ids
    solved = sum(1 for problem_id in ids if marks.get(problem_id) is Progress.SOLVED)
    from judge.problem import problem_ids

    have = set(problem_ids())
    in_bank = sum(1 for problem_id in ids if problem_id in have)
    return f"{curated.title}: {solved}/{len(ids)} solved ({in_bank} in the bank)"


def _known(value: str, known: set[str], kind: str) -> str:
    lowered = {name.lower(): name for name in known}
    if value.lower() in lowered:
        return value.lower()
    close = difflib.get_close_matches(value.lower(), sorted(lowered), n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}?" if close else f"'judge list --json' shows every problem's {kind}s"
    raise UsageError(f"no problem has the {kind} '{value}'", hint)
