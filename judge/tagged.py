"""The worker's tagged JSON on the host (canonical answers, judge_worker.canonical): read, keyed, shown briefly."""

from __future__ import annotations

import math
import reprlib
from typing import Any

_FLOATS = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}


def tag(value: Any) -> str | None:
    """The tag of a tagged value ({"$float": ...}, {"$ndarray": ...}, ...), or None."""
    if isinstance(value, dict) and len(value) == 1:
        (key,) = value
        if isinstance(key, str) and key.startswith("$"):
            return key
    return None


def is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) or tag(value) == "$float"


def number(value: Any) -> float:
    return _FLOATS[value["$float"]] if tag(value) == "$float" else value


def nested_array(value: dict) -> list:
    """An $ndarray's data as nested lists of its shape."""
    array = value["$ndarray"]
    data, shape = array["data"], array["shape"]
    if math.prod(shape) != len(data):  # checked before anything is built (judge/backends/schema.py)
        raise ValueError(f"an $ndarray of shape {tuple(shape)} with {len(data)} elements")
    if not shape:
        return data[0]

    def build(offset: int, dims: list[int]) -> tuple[list, int]:
        if len(dims) == 1:
            return data[offset:offset + dims[0]], offset + dims[0]
        rows = []
        for _ in range(dims[0]):
            row, offset = build(offset, dims[1:])
            rows.append(row)
        return rows, offset

    return build(0, shape)[0]


def shape_of(value: Any) -> tuple[int, ...] | None:
    """The shape of an array or a rectangular nested list; None if ragged or scalar-free."""
    if tag(value) == "$ndarray":
        return tuple(value["$ndarray"]["shape"])
    if not isinstance(value, list):
        return ()
    if not value:
        return (0,)
    inner = {shape_of(item) for item in value}
    if len(inner) != 1 or None in inner:
        return None
    return (len(value),) + inner.pop()


def decode(value: Any) -> Any:
    """Plain Python for checkers and display: floats, dicts, nested lists for arrays."""
    kind = tag(value)
    if kind == "$float":
        return number(value)
    if kind == "$dict":
        try:
            return {_hashable(decode(k)): decode(v) for k, v in value["$dict"]}
        except TypeError:
            return [[decode(k), decode(v)] for k, v in value["$dict"]]
    if kind == "$ndarray":
        return decode(nested_array(value))
    if kind == "$opaque":
        return _Opaque(value["$opaque"])
    if isinstance(value, list):
        return [decode(item) for item in value]
    return value


def _hashable(value: Any) -> Any:
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


class _Opaque:
    def __init__(self, type_name: str):
        self.type_name = type_name

    def __repr__(self) -> str:
        if self.type_name.startswith(("a ", "an ")):  # the worker's reason it could not read the answer
            return f"<{self.type_name}>"
        return f"<{self.type_name} object>"


_short = reprlib.Repr()
_short.maxlist = _short.maxtuple = 12
_short.maxdict = 8
_short.maxstring = 80
_short.maxother = 80
_short.maxlevel = 4


def brief(value: Any, limit: int = 300) -> str:
    """A one-line, truncated rendering of a canonical value, in Python/LeetCode notation."""
    text = _short.repr(decode(value))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def brief_input(case_input: dict[str, Any], limit: int = 400) -> str:
    parts = [f"{name} = {brief(value, limit)}" for name, value in case_input.items()]
    text = ", ".join(parts)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def canonical_key(value: Any) -> str:
    """A total order over canonical values, for comparing lists in any order.

    Their repr: equal values have equal reprs and unequal ones differ, types included
    (1, 1.0 and True), and it is one C call where json.dumps was several Python ones
    per element (most of the host's time grading a bank of any-order answers). Both
    sides' dicts come from the same canonicaliser, so their keys are in the same order.
    """
    return repr(value)
