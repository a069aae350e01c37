"""Finding problems by track, difficulty, tag and list."""

from __future__ import annotations

import difflib
import enum
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


def _known(value: str, known: set[str], kind: str) -> str:
    lowered = {name.lower(): name for name in known}
    if value.lower() in lowered:
        return value.lower()
    close = difflib.get_close_matches(value.lower(), sorted(lowered), n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}?" if close else f"'judge list --json' shows every problem's {kind}s"
    raise UsageError(f"no problem has the {kind} '{value}'", hint)
