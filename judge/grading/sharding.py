"""Splitting the solutions across the jobs of a CI matrix, balanced by how long each takes.

`--shard K/N` must partition exactly (every solution in exactly one shard) and be
deterministic (every job computes the same split on its own, with no coordination).
Solutions are dealt out heaviest first to the lightest shard (the LPT rule), which
stays within 4/3 of the best possible split.

A solution's weight is its recorded duration when one is known (`--store-durations`
writes `.judge-durations.json`, as pytest-split does), else a static estimate from
its problem that needs no judging (its time limit, see `static_weight`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence, TypeVar

from judge.errors import JudgeError
from judge.files import Unreadable, read_regular
from judge.grading.discovery import Solution
from judge.grading.errors import UsageError
from judge.text import visible_name

T = TypeVar("T")

DURATIONS_FILE = ".judge-durations.json"
FIXED_COST = 0.8  # in time-limit seconds: the container, the property search, whatever the problem
DESIGN_FACTOR = 2.0
MAX_DURATIONS_BYTES = 64 * 1024 * 1024  # a path and a number per solution: far more than any bank needs
SHARD = re.compile(r"^\s*(?P<k>\d+)\s*/\s*(?P<n>\d+)\s*$")


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based, as CI matrices count
    count: int

    @classmethod
    def parse(cls, text: str) -> "Shard":
        found = SHARD.match(text)
        if found is None:
            raise UsageError(f"--shard {text!r}: expected K/N, e.g. 2/4")
        index, count = int(found["k"]), int(found["n"])
        if count < 1 or not 1 <= index <= count:
            raise UsageError(f"--shard {text}: K must be between 1 and N (shards are counted from 1)")
        return cls(index, count)

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def shard(items: Sequence[T], which: Shard, weight: Callable[[T], float], key: Callable[[T], str]) -> list[T]:
    """The items of one shard, in their original order. `key` must be unique; it breaks ties, so every job agrees."""
    loads = [0.0] * which.count
    mine = set()
    for item in sorted(items, key=lambda item: (-weight(item), key(item))):
        lightest = min(range(which.count), key=lambda index: (loads[index], index))
        loads[lightest] += weight(item)
        if lightest == which.index - 1:
            mine.add(key(item))
    return [item for item in items if key(item) in mine]


def shard_solutions(solutions: Sequence[Solution], which: Shard, folder: Path,
                    durations: dict[str, float] | None = None) -> list[Solution]:
    """One shard of the solutions, weighted by `durations` (paths relative to `folder`) where recorded."""
    return shard(solutions, which, solution_weight(durations or {}, folder),
                 key=lambda solution: f"{relative_name(solution.path, folder)}\0{solution.problem_id}")


def solution_weight(durations: dict[str, float], folder: Path) -> Callable[[Solution], float]:
    """A solution's recorded seconds when known, else its problem's static estimate."""

    def weight(solution: Solution) -> float:
        recorded = durations.get(relative_name(solution.path, folder), 0.0)
        return recorded if recorded > 0 else static_weight(solution.problem_id)

    return weight


def relative_name(path: Path, folder: Path) -> str:
    """A solution's name in a durations file: relative to the graded folder, so any checkout agrees."""
    try:
        return path.relative_to(folder.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def static_weight(problem_id: str) -> float:
    """A solution's relative cost, estimated from its problem's spec without judging anything.

    Measured over the bank's accepted submissions (bench/bench_grade.py), a solution's
    grading time grows with its problem's time limit (Spearman 0.52; the number of hidden
    cases times the limit did worse, 0.44, and costs seconds to generate), from a fixed
    cost of about 0.8 limit-seconds (the container, the property search), and design
    problems take about twice as long per limit-second.
    """
    from judge.paths import problems_dirs

    try:
        problem = _problem(tuple(problems_dirs()), problem_id)
    except JudgeError:
        return FIXED_COST
    factor = DESIGN_FACTOR if problem.signature.kind == "design" else 1.0
    return FIXED_COST + problem.limits.time_s * factor


@lru_cache(maxsize=None)
def _problem(bank: tuple[Path, ...], problem_id: str):
    """Loaded once per bank and id: every solution of a problem shares its weight."""
    from judge.problem import load_problem

    return load_problem(problem_id)


def load_durations(path: Path) -> dict[str, float]:
    """Recorded seconds per solution path (relative to the graded folder); {} when there are none."""
    if not path.exists():
        return {}
    try:
        data = json.loads(read_regular(path, MAX_DURATIONS_BYTES))
    except (Unreadable, ValueError) as error:
        raise UsageError(f"{visible_name(str(path))}: not a durations file ({error})") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: not a durations file (expected an object of path: seconds)")
    return {str(name): float(seconds) for name, seconds in data.items() if isinstance(seconds, (int, float))}


def store_durations(path: Path, graded: Sequence) -> None:
    """Merge these solutions' durations into the file, so each shard of a matrix can add its own."""
    durations = load_durations(path)
    durations.update({relative_name(g.solution.path, path.parent): round(g.duration_s, 3) for g in graded})
    try:
        path.write_text(json.dumps(dict(sorted(durations.items())), indent=1) + "\n", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{path}: cannot be written: {error.strerror}") from None
