"""Tensors as inputs write them: nested lists of numbers, one level of nesting per dimension."""

from __future__ import annotations


def shape(value, name: str = "the tensor") -> tuple[int, ...]:
    """The shape of a nested list, () for a number; AssertionError naming `name` if a dimension is empty
    or the rows of one level differ in shape (a ragged tensor)."""
    if not isinstance(value, list):
        return ()
    assert value, f"{name} has an empty dimension"
    inner = {shape(item, name) for item in value}
    assert len(inner) == 1, f"{name} is ragged: its rows have shapes {sorted(inner)}"
    return (len(value),) + inner.pop()


def flat(value) -> list:
    """Every number of a nested list, in row-major order."""
    return [number for item in value for number in flat(item)] if isinstance(value, list) else [value]
