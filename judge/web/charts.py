"""The stats page's series, from the practice history (judge.practice.stats computes the figures)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import datetime
from typing import Any

from judge.practice.history import History
from judge.practice.review import due_cards
from judge.practice.stats import compute
from judge.web.catalogue import bank

DIFFICULTY_ORDER = ("easy", "medium", "hard")


def stats_json(history: History, now: float) -> dict[str, Any]:
    rounds = history.rounds()
    stats = compute(rounds, bank(), now)
    return {
        "summary": {"rounds": stats.rounds, "solved": stats.solved, "bank": stats.bank,
                    "median_solve_s": stats.median_solve_s, "first_try": stats.first_try,
                    "submitted_rounds": stats.submitted_rounds, "streak_days": stats.streak_days,
                    "best_streak_days": stats.best_streak_days},
        "solved_over_time": solved_over_time(rounds),
        "time_to_ac": time_to_ac(rounds),
        "review": review_queue(history, now),
        "by_track": [{"name": t.name, "solved": t.solved, "bank": t.bank} for t in stats.by_track],
    }


def solved_over_time(rounds) -> list[dict[str, Any]]:
    """Distinct problems solved by the end of each day with an Accepted round."""
    first_solve: dict[str, float] = {}
    for record in rounds:
        if record.accepted and record.problem_id not in first_solve:
            first_solve[record.problem_id] = record.ended_at or record.started_at
    per_day: dict[str, int] = defaultdict(int)
    for when in first_solve.values():
        per_day[datetime.fromtimestamp(when).date().isoformat()] += 1
    total, series = 0, []
    for day in sorted(per_day):
        total += per_day[day]
        series.append({"day": day, "solved": total})
    return series


def time_to_ac(rounds) -> list[dict[str, Any]]:
    """Each difficulty's median minutes to Accepted, and every solve's minutes."""
    minutes: dict[str, list[float]] = defaultdict(list)
    for record in rounds:
        if record.accepted and record.solve_s is not None:
            minutes[record.difficulty].append(record.solve_s / 60)
    return [{"difficulty": level, "median_min": statistics.median(minutes[level]) if minutes[level] else None,
             "solves_min": [round(m, 2) for m in minutes[level]]} for level in DIFFICULTY_ORDER]


def review_queue(history: History, now: float) -> list[dict[str, Any]]:
    """Every review card, due ones first, with how many days until it is due (negative: overdue)."""
    cards = history.review_cards()
    due = {card.problem_id for card in due_cards(cards, now)}
    rows = [{"problem_id": card.problem_id, "due_in_days": round((card.due_at - now) / 86_400, 1),
             "due": card.problem_id in due, "interval_days": card.interval_days} for card in cards.values()]
    return sorted(rows, key=lambda row: row["due_in_days"])
