"""Choosing the next problem: due reviews first, then problems never solved, then the stalest.

Pure: the caller passes the problem bank, the history's rounds and review cards,
the time and a random generator, so a test can pin every choice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterable, Protocol

from judge.errors import JudgeError
from judge.practice.history import RoundRecord
from judge.practice.review import ReviewCard, due_cards


class ProblemLike(Protocol):
    id: str
    track: str
    difficulty: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class StudyPath:
    """A curated list walked in order (the NeetCode 150's patterns): its name and its problem ids."""

    title: str
    problem_ids: tuple[str, ...]


@dataclass(frozen=True)
class Filters:
    track: str | None = None
    difficulty: str | None = None
    tags: tuple[str, ...] = ()
    path: StudyPath | None = None

    def match(self, problem: ProblemLike) -> bool:
        return ((self.track is None or problem.track == self.track)
                and (self.difficulty is None or problem.difficulty == self.difficulty)
                and set(self.tags) <= set(problem.tags)
                and (self.path is None or problem.id in self.path.problem_ids))

    def describe(self) -> str:
        parts = [f"track {self.track}"] * bool(self.track) + [f"difficulty {self.difficulty}"] * bool(self.difficulty)
        parts += [f"tag {tag}" for tag in self.tags] + ([f"list {self.path.title}"] if self.path else [])
        return ", ".join(parts) or "no filters"


@dataclass(frozen=True)
class Pick:
    problem_id: str
    reason: str  # why this one, in a few words a person reads at the start of the round


class NothingToPick(JudgeError):
    exit_code = 2


def pick(problems: Iterable[ProblemLike], rounds: list[RoundRecord], cards: dict[str, ReviewCard],
         filters: Filters, now: float, rng: random.Random) -> Pick:
    """Due for review (longest overdue) > never attempted > attempted, unsolved > solved longest ago.

    On a study path (`--list`), the next unsolved problem in the list's order comes right after due reviews.
    """
    candidates = {problem.id: problem for problem in problems if filters.match(problem)}
    if not candidates:
        raise NothingToPick(f"no problem matches {filters.describe()}", "see `judge list` for tracks and tags")
    due = [card for card in due_cards(cards, now) if card.problem_id in candidates]
    if due:
        card = due[0]
        overdue_days = int((now - card.due_at) // 86_400)
        when = "due today" if overdue_days < 1 else f"{overdue_days} day{'s' * (overdue_days > 1)} overdue"
        return Pick(card.problem_id, f"due for review, {when}")
    attempted = {r.problem_id for r in rounds}
    solved = {r.problem_id for r in rounds if r.accepted}
    if filters.path is not None:
        ahead = [problem_id for problem_id in filters.path.problem_ids if problem_id in candidates
                 and problem_id not in solved]
        if ahead:
            number = filters.path.problem_ids.index(ahead[0]) + 1
            return Pick(ahead[0], f"next on {filters.path.title}: {number} of {len(filters.path.problem_ids)}")
    fresh = sorted(set(candidates) - attempted)
    if fresh:
        return Pick(rng.choice(fresh), "new to you")
    waiting = {problem_id for problem_id, card in cards.items() if not card.is_due(now)}  # let the spacing work
    unsolved = sorted(set(candidates) - solved - waiting)
    if unsolved:
        return Pick(rng.choice(unsolved), "not solved yet")
    last_practised = {r.problem_id: r.started_at for r in rounds}
    pool = sorted(set(candidates) - waiting) or sorted(candidates)
    stalest = min(pool, key=lambda problem_id: last_practised.get(problem_id, 0.0))
    return Pick(stalest, "all solved: the one practised longest ago")
