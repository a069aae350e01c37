"""Scores or probabilities with a 0/1 label each, as the ML metric problems take them (two lists, one a label)."""

from __future__ import annotations

from judge.kit.bounds import Bound


def check(scores, labels, count: Bound, low: float, high: float, what: str = "scores") -> None:
    """AssertionError naming the first thing wrong: how many scores there are (`count`), labels of another
    length, a score outside [low, high], or a label other than 0 and 1."""
    assert isinstance(scores, list) and isinstance(labels, list), f"{what} and labels must be lists"
    count.check(len(scores), f"len({what})")
    assert len(labels) == len(scores), f"labels has {len(labels)} entries, {what} {len(scores)}"
    for index, score in enumerate(scores):
        assert low <= score <= high, f"{what}[{index}] = {score} is outside [{low}, {high}]"
    for index, label in enumerate(labels):
        assert label in (0, 1), f"labels[{index}] = {label!r} is not 0 or 1"
