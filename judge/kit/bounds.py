"""A constraint stated once, used by validate(), strategy() and hidden_cases() alike."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import strategies as st


def as_written(value: int) -> str:
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
        return f"{as_written(self.low)} <= {self.name} <= {as_written(self.high)}"

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

    def every_case(self, argument: str, label: str = "{argument} = {value}",
                   largest: str = ", the largest") -> list[tuple[str, dict]]:
        """A case {argument: value} for every value in the bound, small to large, named by `label`, the last one
        with `largest` added: the hidden cases of a problem whose whole input is one small number."""
        return [(label.format(argument=argument, value=value) + (largest if value == self.high else ""),
                 {argument: value}) for value in range(self.low, self.high + 1)]

    def draw(self, rng: random.Random) -> int:
        return rng.randint(self.low, self.high)

    def sample(self, rng: random.Random, n: int) -> list[int]:
        """`n` random values within the bound (repeats allowed)."""
        low, high = self.low, self.high
        return [rng.randint(low, high) for _ in range(n)]

    def walk(self, rng: random.Random, n: int, step: int, start: int | None = None) -> list[int]:
        """`n` values, each at most `step` from the one before (held within the bound), the one before the first
        being `start` (by default the middle of the bound)."""
        value, values = (self.low + self.high) // 2 if start is None else start, []
        for _ in range(n):
            value = self.clamp(value + rng.randint(-step, step))
            values.append(value)
        return values

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


@dataclass(frozen=True)
class IntArray:
    """One argument that is a list of ints, as LeetCode writes `1 <= len(nums) <= 100, 0 <= nums[i] <= 400`:
    its name in the case, the bound on its length and the bound on each value, stated once. A linked list
    given by its values (`head`) is one too."""

    name: str
    length: Bound
    values: Bound

    def case(self, values: list[int]) -> dict:
        return {self.name: values}

    def seeded_cases(self, seeds: range) -> list[tuple[str, dict]]:
        """A case "random {seed}" for each seed, drawn from its own random.Random(seed):
        a length within the bound, then that many values."""
        cases = []
        for seed in seeds:
            rng = random.Random(seed)
            cases.append((f"random {seed}", self.case(self.values.sample(rng, self.length.draw(rng)))))
        return cases

    def strategy(self, values: st.SearchStrategy[int] | None = None, max_size: int = 10) -> st.SearchStrategy[dict]:
        """Short lists (at least the shortest allowed) of `values`; by default the ten smallest values allowed
        (so they repeat and tie) mixed with the largest."""
        if values is None:
            values = st.one_of(self.values.integers(high=self.values.low + 9), st.just(self.values.high))
        return st.fixed_dictionaries({self.name: st.lists(values, min_size=self.length.low, max_size=max_size)})

    def check(self, values) -> None:
        """AssertionError naming what breaks a bound: not a list, its length, or the first value out of bounds."""
        assert isinstance(values, list), f"{self.name} must be a list, found {type(values).__name__}"
        self.length.check(len(values))
        self.values.check_all(values)

    def validate(self, case: dict) -> None:
        self.check(case[self.name])

    def input_of_size(self, n: int, rng: random.Random) -> dict:
        """Random values, as many as `n` clamped into the length bound."""
        return self.case(self.values.sample(rng, self.length.clamp(n)))
