"""Progress over time, aggregated from the history's rounds. Pure: no database, no terminal.

What a person preparing for a loop wants to know at a glance: how much of the bank
they have solved (by track, difficulty, tag), whether they are getting faster
(median time to Accepted, and its trend), how often the first submission is right
(interviewers notice), which tags are weakest, whether they practise daily, and
how often their own complexity estimates are right (judge/practice/estimates.py
says against what: the measured class, else the expected class of an accepted round).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Iterable

from judge.practice.estimates import was_right
from judge.practice.history import RoundRecord
from judge.practice.picker import ProblemLike

WEAK_TAG_MIN_ROUNDS = 2  # a tag met once says little
WEAKEST_SHOWN = 3
TREND_WINDOW = 5  # the last five solves against the five before


@dataclass(frozen=True)
class Tally:
    """Problems of one group (a track, a difficulty, a tag) solved at least once, against the bank."""

    name: str
    solved: int
    bank: int
    rounds: int


@dataclass(frozen=True)
class TagWeakness:
    tag: str
    rounds: int
    accepted: int
    median_solve_s: float | None

    @property
    def success_rate(self) -> float:
        return self.accepted / self.rounds if self.rounds else 0.0


@dataclass(frozen=True)
class Trend:
    recent_median_s: float
    earlier_median_s: float

    @property
    def change(self) -> float:
        """Relative change of the median time: negative is faster."""
        return self.recent_median_s / self.earlier_median_s - 1.0


@dataclass(frozen=True)
class EstimateScore:
    """How many of the candidate's own estimates (time, or space) were right, over the rounds that can tell."""

    right: int
    judged: int

    @property
    def rate(self) -> float | None:
        return self.right / self.judged if self.judged else None


@dataclass(frozen=True)
class Stats:
    rounds: int
    accepted_rounds: int
    solved: int
    bank: int
    by_track: list[Tally]
    by_difficulty: list[Tally]
    by_tag: list[Tally]
    median_solve_s: float | None
    trend: Trend | None
    solve_times_s: list[float]  # each Accepted round's time, oldest first: the chart
    first_try: int  # rounds whose first full submission was Accepted
    submitted_rounds: int  # rounds with at least one full submission
    weakest_tags: list[TagWeakness]
    streak_days: int  # consecutive days with a round, ending today (or yesterday: today is not over)
    best_streak_days: int
    time_estimates: EstimateScore = EstimateScore(0, 0)
    space_estimates: EstimateScore = EstimateScore(0, 0)

    @property
    def first_try_rate(self) -> float | None:
        return self.first_try / self.submitted_rounds if self.submitted_rounds else None


def compute(rounds: Iterable[RoundRecord], bank: Iterable[ProblemLike], now: float,
            tz: tzinfo | None = None) -> Stats:
    finished = [r for r in rounds if r.outcome != "open"]
    bank = list(bank)
    accepted = [r for r in finished if r.accepted and r.solve_s is not None]
    solve_times = [r.solve_s for r in sorted(accepted, key=lambda r: r.started_at)]
    submitted = [r for r in finished if r.submits > 0]
    days = {datetime.fromtimestamp(r.started_at, tz).date() for r in finished}
    today = datetime.fromtimestamp(now, tz).date()
    return Stats(
        rounds=len(finished), accepted_rounds=len(accepted),
        solved=len({r.problem_id for r in accepted}), bank=len(bank),
        by_track=_tallies(finished, bank, lambda item: [item.track]),
        by_difficulty=_tallies(finished, bank, lambda item: [item.difficulty]),
        by_tag=_tallies(finished, bank, lambda item: list(item.tags)),
        median_solve_s=statistics.median(solve_times) if solve_times else None,
        trend=_trend(solve_times),
        solve_times_s=solve_times,
        first_try=sum(1 for r in submitted if r.first_try), submitted_rounds=len(submitted),
        weakest_tags=_weakest_tags(finished),
        streak_days=_current_streak(days, today), best_streak_days=_best_streak(days),
        time_estimates=_estimates(finished, "time"), space_estimates=_estimates(finished, "space"))


def _estimates(rounds: list[RoundRecord], kind: str) -> EstimateScore:
    """Rounds where the candidate said the `kind` complexity and there is something to check it against."""
    verdicts = [was_right(getattr(r, f"stated_{kind}"), getattr(r, f"measured_{kind}"), getattr(r, f"expected_{kind}"),
                          r.accepted) for r in rounds]
    judged = [verdict for verdict in verdicts if verdict is not None]
    return EstimateScore(sum(judged), len(judged))


def _tallies(rounds: list[RoundRecord], bank: list[ProblemLike], groups_of) -> list[Tally]:
    bank_ids: dict[str, set[str]] = defaultdict(set)
    for problem in bank:
        for group in groups_of(problem):
            bank_ids[group].add(problem.id)
    solved: dict[str, set[str]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    for r in rounds:
        for group in groups_of(r):
            count[group] += 1
            if r.accepted:
                solved[group].add(r.problem_id)
    names = sorted(set(bank_ids) | set(count))
    return [Tally(name, len(solved[name]), len(bank_ids[name] | solved[name]), count[name]) for name in names]


def _trend(solve_times: list[float]) -> Trend | None:
    if len(solve_times) < 2 * TREND_WINDOW:
        if len(solve_times) < 4:
            return None
        half = len(solve_times) // 2
        return Trend(statistics.median(solve_times[half:]), statistics.median(solve_times[:half]))
    recent = solve_times[-TREND_WINDOW:]
    earlier = solve_times[-2 * TREND_WINDOW:-TREND_WINDOW]
    return Trend(statistics.median(recent), statistics.median(earlier))


def _weakest_tags(rounds: list[RoundRecord]) -> list[TagWeakness]:
    by_tag: dict[str, list[RoundRecord]] = defaultdict(list)
    for r in rounds:
        for tag in r.tags:
            by_tag[tag].append(r)
    weaknesses = []
    for tag, tagged in by_tag.items():
        if len(tagged) < WEAK_TAG_MIN_ROUNDS:
            continue
        times = [r.solve_s for r in tagged if r.accepted and r.solve_s is not None]
        weaknesses.append(TagWeakness(tag, len(tagged), sum(1 for r in tagged if r.accepted),
                                      statistics.median(times) if times else None))
    # Lowest success first; among equals, the slowest median (never solved counts as slowest).
    weaknesses.sort(key=lambda w: (w.success_rate, -(w.median_solve_s or float("inf")), w.tag))
    return weaknesses[:WEAKEST_SHOWN]


def _current_streak(days: set[date], today: date) -> int:
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def _best_streak(days: set[date]) -> int:
    best = 0
    for day in days:
        if day - timedelta(days=1) in days:
            continue
        length = 1
        while day + timedelta(days=length) in days:
            length += 1
        best = max(best, length)
    return best
