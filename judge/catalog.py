"""Finding problems by track, difficulty and tag."""

from __future__ import annotations

from typing import Iterable

from judge.problem import Problem, all_problems


def filter_problems(track: str | None = None, difficulty: str | None = None,
                    tags: Iterable[str] = ()) -> list[Problem]:
    wanted = set(tags)
    return [p for p in all_problems()
            if (track is None or p.track == track)
            and (difficulty is None or p.difficulty == difficulty)
            and wanted <= set(p.tags)]
