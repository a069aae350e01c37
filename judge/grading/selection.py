"""What one grading run grades: the solutions found under its paths, narrowed by --changed-since and --shard."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from judge.grading.changes import only_changed
from judge.grading.discovery import Solution, Unmatched, discover
from judge.grading.errors import UsageError
from judge.grading.sharding import DURATIONS_FILE, Shard, load_durations, shard_solutions, solution_weight


@dataclass
class Selection:
    solutions: list[Solution]  # to grade, in path order
    unmatched: list[Unmatched]  # every file under the paths that matches no problem, whatever the filters
    root: Path  # the first path's folder: recorded durations are named relative to it
    durations_path: Path
    durations: dict[str, float]

    @property
    def weight(self) -> Callable[[Solution], float]:
        return solution_weight(self.durations, self.root)


def select(paths: Sequence[Path], changed_since: str | None = None, shard: Shard | None = None,
           durations_path: Path | None = None) -> Selection:
    """Discover, then keep what changed since the ref, then this shard's share. Raises UsageError on nothing at all."""
    paths = list(paths) or [Path(".")]
    root = paths[0] if paths[0].is_dir() else paths[0].parent
    durations_path = durations_path or root / DURATIONS_FILE
    durations = load_durations(durations_path)
    found = discover(paths)
    if not found.solutions and not found.unmatched:
        raise UsageError(f"{', '.join(map(str, paths))}: no Python files to grade")
    solutions = found.solutions
    if changed_since:
        solutions = only_changed(solutions, paths, changed_since)
    if shard:
        solutions = shard_solutions(solutions, shard, root, durations)
    return Selection(solutions, found.unmatched, root, durations_path, durations)
