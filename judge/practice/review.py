"""The review queue: SM-2 spaced repetition over problems that went badly.

SM-2 (Wozniak, 1987, the algorithm behind Anki's) grades each recall 0-5 and
reschedules it: a failed recall comes back tomorrow, a good one after 1, then 6
days, then the last interval times an "ease" that grows with easy recalls and
shrinks (never below 1.3) with hard ones. Here a round is a recall: its grade
comes from how it ended, how long it took against the clock and how many
submissions it needed. A problem enters the queue when a round on it grades
below 4 (failed, timed out, given up, or solved slowly or after several tries);
once in, every later round on it reschedules it. All functions are pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

DAY_S = 86_400.0
START_EASE = 2.5
MIN_EASE = 1.3
ENTERS_QUEUE_BELOW = 4  # a grade under this puts a problem in the queue


@dataclass(frozen=True)
class ReviewCard:
    problem_id: str
    repetitions: int = 0  # successful recalls in a row
    interval_days: float = 0.0
    ease: float = START_EASE
    due_at: float = 0.0  # Unix time
    last_quality: int = 0
    reviewed_at: float = 0.0

    def is_due(self, now: float) -> bool:
        return self.due_at <= now


def grade(outcome: str, solve_s: float | None, limit_s: float, submits: int) -> int:
    """A round as an SM-2 recall grade, 0 (blackout) to 5 (perfect)."""
    if outcome != "accepted" or solve_s is None:
        return 1 if outcome in ("timeout", "gave_up") else 0
    share = solve_s / limit_s if limit_s > 0 else 1.0
    wrong = max(0, submits - 1)
    if share <= 0.5 and wrong == 0:
        return 5
    if share <= 0.75 and wrong <= 1:
        return 4
    return 3  # solved, but slowly or after several wrong submissions


def schedule(card: ReviewCard, quality: int, now: float) -> ReviewCard:
    """SM-2's update for one recall of `quality` at `now`."""
    if not 0 <= quality <= 5:
        raise ValueError(f"an SM-2 grade is 0 to 5, not {quality}")
    if quality >= 3:
        repetitions = card.repetitions + 1
        interval = 1.0 if repetitions == 1 else 6.0 if repetitions == 2 else round(card.interval_days * card.ease, 1)
    else:
        repetitions, interval = 0, 1.0
    ease = max(MIN_EASE, card.ease + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02))
    return replace(card, repetitions=repetitions, interval_days=interval, ease=round(ease, 4),
                   due_at=now + interval * DAY_S, last_quality=quality, reviewed_at=now)


def after_round(card: ReviewCard | None, problem_id: str, quality: int, now: float) -> ReviewCard | None:
    """The card after a round: created when the round went badly, rescheduled when it already exists."""
    if card is None:
        if quality >= ENTERS_QUEUE_BELOW:
            return None
        card = ReviewCard(problem_id)
    return schedule(card, quality, now)


def due_cards(cards: dict[str, ReviewCard] | list[ReviewCard], now: float) -> list[ReviewCard]:
    """Cards due at `now`, the longest overdue first."""
    values = cards.values() if isinstance(cards, dict) else cards
    return sorted((card for card in values if card.is_due(now)), key=lambda card: (card.due_at, card.problem_id))
