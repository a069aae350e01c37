"""A constraint stated once, used by validate(), strategy() and hidden_cases() alike."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import strategies as st


def _power(value: int) -> str:
    """10^5 for 100000, -10^9 for -1000000000; other numbers as they are."""
    magnitude = abs(value)
    if magnitude >= 1000:
        exponent = len(str(magnitude)) - 1
        if magnitude == 10 ** exponent:
            return f"{'-' if value < 0 else ''}10^{exponent}"
    return str(value)


@dataclass(frozen=True)
class Bound:
    """`low <= name <= high`, as LeetCode writes a constraint.

    `check` raises AssertionError naming the value, which is what validate() reports.
    """

    name: str
    low: int
    high: int

    def __post_init__(self):
        if self.low > self.high:
            raise ValueError(f"Bound {self.name}: low {self.low} > high {self.high}")

    @property
    def min(self) -> int:
        return self.low

    @property
    def max(self) -> int:
        return self.high

    def __str__(self) -> str:
        return f"{_power(self.low)} <= {self.name} <= {_power(self.high)}"

    def __contains__(self, value) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and self.low <= value <= self.high

    def check(self, value, what: str | None = None) -> None:
        """AssertionError unless `value` is an int within the bound."""
        label = what or self.name
        assert isinstance(value, int) and not isinstance(value, bool), \
            f"{label} must be an int, found {type(value).__name__} {value!r:.40}"
        assert self.low <= value <= self.high, f"{label} = {value}, the constraint is {self}"

    def check_all(self, values, what: str | None = None) -> None:
        """Every element of `values` within the bound; the message names the first one that is not."""
        for index, value in enumerate(values):
            self.check(value, f"{what or self.name} (element {index})")

    def clamp(self, value: int) -> int:
        return max(self.low, min(self.high, value))

    def draw(self, rng: random.Random) -> int:
        return rng.randint(self.low, self.high)

    def sample(self, rng: random.Random, n: int) -> list[int]:
        """`n` random values within the bound (repeats allowed)."""
        low, high = self.low, self.high
        return [rng.randint(low, high) for _ in range(n)]

    def distinct(self, rng: random.Random, n: int) -> list[int]:
        """`n` distinct random values within the bound, in random order."""
        if n > self.high - self.low + 1:
            raise ValueError(f"{n} distinct values do not fit in {self}")
        return rng.sample(range(self.low, self.high + 1), n)

    def integers(self, low: int | None = None, high: int | None = None) -> st.SearchStrategy[int]:
        """Hypothesis integers within the bound, optionally narrowed to keep examples small."""
        return st.integers(self.low if low is None else max(self.low, low),
                           self.high if high is None else min(self.high, high))

    def lists(self, length: "Bound", max_size: int = 10, **kwargs) -> st.SearchStrategy[list[int]]:
        """Hypothesis lists of values in this bound, with a length allowed by `length`, at most `max_size`."""
        return st.lists(self.integers(), min_size=length.low, max_size=max(length.low, min(length.high, max_size)),
                        **kwargs)
