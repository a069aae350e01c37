"""Choosing the next problem, and the progress figures, over hand-made histories."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timezone

import pytest

from judge.practice.history import RoundRecord
from judge.practice.picker import Filters, NothingToPick, StudyPath, pick
from judge.practice.review import DAY_S, ReviewCard
from judge.practice.stats import compute

NOW = datetime(2026, 3, 10, 18, 0, tzinfo=timezone.utc).timestamp()


@dataclass(frozen=True)
class P:
    id: str
    track: str = "dsa"
    difficulty: str = "medium"
    tags: tuple[str, ...] = ()


BANK = [P("two-sum", difficulty="easy", tags=("array", "hash-table")), P("3sum", tags=("array", "two-pointers")),
        P("coin-change", tags=("dp",)), P("word-break", tags=("dp", "string")),
        P("softmax", "ml", "easy", ("numpy",)), P("k-means-clustering", "ml", "medium", ("numpy", "clustering"))]


def played(problem: P, outcome: str, solve_s: float | None = None, days_ago: float = 0.0, first: str | None = None,
           submits: int = 1, number: int = 0) -> RoundRecord:
    started = NOW - days_ago * DAY_S
    return RoundRecord(number, problem.id, problem.track, problem.difficulty, problem.tags, "single", started, 2700.0,
                       started + (solve_s or 600), outcome, solve_s, None, submits,
                       first or ("AC" if outcome == "accepted" else "WA"), "AC" if outcome == "accepted" else "WA")


def by_id(problem_id: str) -> P:
    return next(problem for problem in BANK if problem.id == problem_id)


def choose(rounds=(), cards=None, filters=Filters(), seed=0):
    return pick(BANK, list(rounds), cards or {}, filters, NOW, random.Random(seed))


# picker

def test_a_problem_due_for_review_comes_first_the_longest_overdue_first():
    cards = {"coin-change": ReviewCard("coin-change", due_at=NOW - DAY_S),
             "3sum": ReviewCard("3sum", due_at=NOW - 5 * DAY_S),
             "word-break": ReviewCard("word-break", due_at=NOW + DAY_S)}
    chosen = choose(cards=cards)
    assert chosen.problem_id == "3sum" and chosen.reason.startswith("due for review")


def test_a_due_review_outside_the_filters_is_left_for_later():
    cards = {"3sum": ReviewCard("3sum", due_at=NOW - DAY_S)}
    assert choose(cards=cards, filters=Filters(track="ml")).problem_id in {"softmax", "k-means-clustering"}


def test_problems_never_attempted_come_before_attempted_ones():
    rounds = [played(by_id(i), "gave_up") for i in ("two-sum", "3sum", "coin-change", "softmax", "k-means-clustering")]
    chosen = choose(rounds)
    assert chosen == choose(rounds, seed=99) and chosen.problem_id == "word-break" and chosen.reason == "new to you"


def test_then_unsolved_ones_but_not_while_their_review_is_still_spaced_out():
    rounds = [played(problem, "accepted", 600) for problem in BANK if problem.id not in ("3sum", "coin-change")]
    rounds += [played(by_id("3sum"), "timeout"), played(by_id("coin-change"), "timeout")]
    cards = {"3sum": ReviewCard("3sum", due_at=NOW + 2 * DAY_S)}
    chosen = choose(rounds, cards)
    assert chosen.problem_id == "coin-change" and chosen.reason == "not solved yet"


def test_when_everything_is_solved_the_one_practised_longest_ago_comes_back():
    rounds = [played(problem, "accepted", 600, days_ago=index + 1) for index, problem in enumerate(BANK)]
    assert choose(rounds).problem_id == BANK[-1].id


def test_filters_combine_track_difficulty_and_every_tag():
    chosen = choose(filters=Filters(track="dsa", tags=("dp", "string")))
    assert chosen.problem_id == "word-break"


def test_a_study_path_gives_the_next_unsolved_problem_in_its_order_after_due_reviews():
    path = StudyPath("NeetCode 150", ("two-sum", "not-in-the-bank-yet", "word-break", "3sum"))
    assert choose(filters=Filters(path=path)).problem_id == "two-sum"
    rounds = [played(by_id("two-sum"), "accepted", 600), played(by_id("word-break"), "gave_up")]
    chosen = choose(rounds, filters=Filters(path=path))
    assert chosen.problem_id == "word-break" and chosen.reason == "next on NeetCode 150: 3 of 4"
    cards = {"two-sum": ReviewCard("two-sum", due_at=NOW - DAY_S)}
    assert choose(rounds, cards, Filters(path=path)).problem_id == "two-sum"  # due reviews first


def test_no_match_is_a_clear_error():
    with pytest.raises(NothingToPick, match="no problem matches track ml, tag dp"):
        choose(filters=Filters(track="ml", tags=("dp",)))


# stats

def test_solved_counts_distinct_problems_per_track_difficulty_and_tag_against_the_bank():
    rounds = [played(by_id("two-sum"), "accepted", 300), played(by_id("two-sum"), "accepted", 200),
              played(by_id("coin-change"), "timeout"), played(by_id("softmax"), "accepted", 400)]
    stats = compute(rounds, BANK, NOW, timezone.utc)
    assert (stats.solved, stats.bank, stats.rounds, stats.accepted_rounds) == (2, 6, 4, 3)
    tracks = {t.name: (t.solved, t.bank, t.rounds) for t in stats.by_track}
    assert tracks == {"dsa": (1, 4, 3), "ml": (1, 2, 1)}
    tags = {t.name: (t.solved, t.bank) for t in stats.by_tag}
    assert tags["dp"] == (0, 2) and tags["array"] == (1, 2) and tags["numpy"] == (1, 2)


def test_median_time_to_accepted_and_its_trend_over_the_last_five_solves():
    slow_then_fast = [1500, 1400, 1600, 1300, 1450, 900, 800, 700, 950, 600]
    rounds = [played(by_id("3sum"), "accepted", s, days_ago=len(slow_then_fast) - i)
              for i, s in enumerate(slow_then_fast)]
    stats = compute(rounds, BANK, NOW, timezone.utc)
    assert stats.median_solve_s == 1125  # (950 + 1300) / 2
    assert stats.trend.recent_median_s == 800 and stats.trend.earlier_median_s == 1450
    assert stats.trend.change < 0  # faster
    assert stats.solve_times_s == slow_then_fast


def test_first_try_rate_counts_rounds_whose_first_full_submission_was_accepted():
    rounds = [played(by_id("two-sum"), "accepted", 300, first="AC"),
              played(by_id("3sum"), "accepted", 900, first="WA", submits=2),
              played(by_id("coin-change"), "timeout", submits=1),
              played(by_id("word-break"), "gave_up", submits=0)]
    stats = compute(rounds, BANK, NOW, timezone.utc)
    assert (stats.first_try, stats.submitted_rounds) == (1, 3)
    assert stats.first_try_rate == pytest.approx(1 / 3)


def test_the_weakest_tags_are_the_least_often_solved():
    rounds = [played(by_id("coin-change"), "timeout"), played(by_id("word-break"), "gave_up"),
              played(by_id("two-sum"), "accepted", 300), played(by_id("3sum"), "accepted", 2000),
              played(by_id("3sum"), "timeout")]
    weakest = compute(rounds, BANK, NOW, timezone.utc).weakest_tags
    assert [w.tag for w in weakest] == ["dp", "two-pointers", "array"]
    assert (weakest[0].accepted, weakest[0].rounds) == (0, 2)


def test_the_streak_counts_consecutive_days_up_to_today_or_yesterday():
    rounds = [played(by_id("two-sum"), "accepted", 300, days_ago=d) for d in (1, 2, 3, 6, 7, 8, 9)]
    stats = compute(rounds, BANK, NOW, timezone.utc)
    assert (stats.streak_days, stats.best_streak_days) == (3, 4)
    broken = compute([played(by_id("two-sum"), "accepted", 300, days_ago=2)], BANK, NOW, timezone.utc)
    assert broken.streak_days == 0


def test_open_rounds_are_not_counted_until_they_end():
    stats = compute([played(by_id("two-sum"), "open")], BANK, NOW, timezone.utc)
    assert stats.rounds == 0 and stats.streak_days == 0
