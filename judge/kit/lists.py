"""Linked lists as LeetCode writes their inputs: a list of values, and for a list with a loop
the index `pos` its tail links back to (-1: no loop)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import strategies as st

from judge.kit.bounds import Bound


@dataclass(frozen=True)
class LoopedLists:
    """Inputs {"head": values, "pos": pos} (linked-list-cycle, linked-list-cycle-ii), stated once by their bounds."""

    nodes: Bound  # the number of nodes
    values: Bound  # Node.val

    @staticmethod
    def case(values: list[int], pos: int) -> dict:
        return {"head": values, "pos": pos}

    def random_cases(self, rng: random.Random, count: int) -> list[tuple[str, dict]]:
        """`count` lists of random length, every other one over few values (equal values are no loop),
        each with a loop at a random node or none."""
        cases = []
        for index in range(count):
            size = rng.randint(2, self.nodes.max)
            values = [rng.randint(-5, 5) for _ in range(size)] if index % 2 else self.values.sample(rng, size)
            cases.append((f"random {index + 1}", self.case(values, rng.choice([-1, rng.randrange(size)]))))
        return cases

    def strategy(self, max_nodes: int = 10) -> st.SearchStrategy[dict]:
        """Short lists over few values (repeats that look like a loop), with a loop anywhere or none."""

        @st.composite
        def cases(draw):
            values = draw(st.lists(st.integers(-3, 3), max_size=max_nodes))
            return self.case(values, draw(st.integers(-1, len(values) - 1)))

        return cases()

    def validate(self, case: dict) -> None:
        values, pos = case["head"], case["pos"]
        assert isinstance(values, list), "head must be a list of values"
        self.nodes.check(len(values), "the number of nodes")
        self.values.check_all(values)
        assert isinstance(pos, int) and not isinstance(pos, bool), f"pos must be an int, found {pos!r:.40}"
        assert pos == -1 or 0 <= pos < len(values), f"pos = {pos} is neither -1 nor an index of the list"

    def input_of_size(self, n: int, rng: random.Random) -> dict:
        return self.case(self.values.sample(rng, n), rng.randrange(n) if n else -1)
