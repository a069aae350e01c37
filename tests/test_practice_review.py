"""The review queue: SM-2 as published, and which rounds bring a problem back."""

from __future__ import annotations

import pytest

from judge.practice.review import DAY_S, MIN_EASE, ReviewCard, after_round, due_cards, grade, schedule

NOW = 1_800_000_000.0


def test_sm2_intervals_grow_1_then_6_then_by_the_ease():
    card = ReviewCard("two-sum")
    card = schedule(card, 5, NOW)
    assert (card.repetitions, card.interval_days) == (1, 1.0)
    card = schedule(card, 5, NOW)
    assert (card.repetitions, card.interval_days) == (2, 6.0)
    ease = card.ease
    card = schedule(card, 4, NOW)
    assert card.interval_days == round(6.0 * ease, 1)
    assert card.due_at == NOW + card.interval_days * DAY_S


def test_sm2_ease_follows_the_published_formula():
    # EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))
    assert schedule(ReviewCard("p"), 5, NOW).ease == pytest.approx(2.6)
    assert schedule(ReviewCard("p"), 4, NOW).ease == pytest.approx(2.5)
    assert schedule(ReviewCard("p"), 3, NOW).ease == pytest.approx(2.36)


def test_a_failed_recall_starts_the_intervals_again_from_tomorrow():
    card = ReviewCard("p", repetitions=4, interval_days=40.0, ease=2.5)
    failed = schedule(card, 1, NOW)
    assert (failed.repetitions, failed.interval_days) == (0, 1.0)
    assert failed.due_at == NOW + DAY_S


def test_the_ease_never_falls_below_1_3():
    card = ReviewCard("p")
    for _ in range(20):
        card = schedule(card, 0, NOW)
    assert card.ease == MIN_EASE


def test_a_grade_outside_0_to_5_is_refused():
    with pytest.raises(ValueError):
        schedule(ReviewCard("p"), 6, NOW)


@pytest.mark.parametrize("outcome, solve_s, submits, expected", [
    ("accepted", 600, 1, 5),  # a third of the clock, first try
    ("accepted", 1500, 2, 4),  # within three quarters, one wrong submission
    ("accepted", 2500, 1, 3),  # solved, slowly
    ("accepted", 600, 4, 3),  # solved, after three wrong submissions
    ("timeout", None, 2, 1),
    ("gave_up", None, 0, 1),
    ("quit", None, 0, 0),
])
def test_a_round_is_graded_by_how_it_ended_and_how_long_it_took(outcome, solve_s, submits, expected):
    assert grade(outcome, solve_s, 2700, submits) == expected


def test_only_rounds_that_went_badly_enter_the_queue():
    assert after_round(None, "p", 5, NOW) is None
    assert after_round(None, "p", 4, NOW) is None
    slow = after_round(None, "p", 3, NOW)
    assert slow is not None and slow.due_at == NOW + DAY_S


def test_a_queued_problem_is_rescheduled_by_every_later_round_even_a_perfect_one():
    card = after_round(None, "p", 1, NOW)
    later = after_round(card, "p", 5, NOW + DAY_S)
    assert later is not None and later.repetitions == 1 and later.reviewed_at == NOW + DAY_S


def test_due_cards_come_longest_overdue_first_and_future_ones_wait():
    cards = [ReviewCard("late", due_at=NOW - 3 * DAY_S), ReviewCard("later", due_at=NOW + DAY_S),
             ReviewCard("latest", due_at=NOW - 9 * DAY_S)]
    assert [card.problem_id for card in due_cards(cards, NOW)] == ["latest", "late"]
