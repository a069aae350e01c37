"""Deciding whether an answer is right: exact, in any order, within a tolerance, or by a checker.

Both sides are canonical values (see sandbox/judge_worker/canonical.py), so nothing the
submission returned is ever called: a rigged __eq__ never reaches this module.
A mismatch carries a hint when the answer is a near miss, as online judges do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import chain
from typing import Any

from judge.problem import Comparison
from judge.tagged import canonical_key, decode, is_number, nested_array, number, shape_of, tag


@dataclass(frozen=True)
class Mismatch:
    reason: str
    hint: str = ""


class _Unequal(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def compare(expected: Any, got: Any, comparison: Comparison) -> Mismatch | None:
    """None when `got` is accepted, else the reason and a hint for the user."""
    expected, got, same = _ordered_alike(expected, got, comparison.order)
    # Identical reprs mean identical values, types included (1 and 1.0, True and 1 differ):
    # what _match would accept, found in C for a 10^5-element answer instead of 10^5 calls.
    # Not under a tolerance: an answer whose floats all equal the expected ones was accepted
    # from its bytes before it was decoded, so its reprs differ, and a float's repr is slow.
    if same or (not _tolerant(comparison) and repr(expected) == repr(got)):
        return None
    try:
        _match(expected, got, comparison, "answer")
        return None
    except _Unequal as unequal:
        return Mismatch(unequal.reason, near_miss_hint(expected, got, comparison))


def _ordered_alike(expected: Any, got: Any, order: str) -> tuple[Any, Any, bool]:
    """Both sides sorted the same way when order does not matter, and whether they are then
    known to be identical (the sort keys, or == on plain values, already tell)."""
    if order == "strict" or not isinstance(expected, list) or not isinstance(got, list):
        return expected, got, False
    shapes = _plain_shape(expected), _plain_shape(got)
    if None not in shapes:  # the common case, sorted and compared in C
        if order == "any_nested":
            expected = [sorted(item) for item in expected] if shapes[0] == "nested" else expected
            got = [sorted(item) for item in got] if shapes[1] == "nested" else got
        expected, got = sorted(expected), sorted(got)
        return expected, got, expected == got
    if order == "any_nested":
        expected, got = _sorted_items(expected), _sorted_items(got)
    expected, expected_keys = _sorted_by_key(expected)
    got, got_keys = _sorted_by_key(got)
    return expected, got, expected_keys == got_keys


def _plain_shape(items: list) -> str | None:
    """"flat" when every item is exactly an int, or every one exactly a str; "nested" when every
    item is a list and all their elements are exactly ints, or all exactly strs; else None.

    On such values Python's own ordering is total and == is exact (no bool and no float,
    so 1, 1.0 and True stay apart), as the canonical-key order is; checked in C, per type.
    """
    kinds = set(map(type, items))
    if kinds <= _INT or kinds <= _STR:
        return "flat"
    if kinds == _LIST:
        inner = set(map(type, chain.from_iterable(items)))
        if inner <= _INT or inner <= _STR:
            return "nested"
    return None


_INT, _STR, _LIST = frozenset({int}), frozenset({str}), frozenset({list})


def _sorted_by_key(items: list) -> tuple[list, list[str]]:
    """`items` sorted by canonical key, and those keys in the same order (each computed once)."""
    keys = [canonical_key(item) for item in items]
    order = sorted(range(len(items)), key=keys.__getitem__)
    return [items[i] for i in order], [keys[i] for i in order]


def _sorted_items(items: list) -> list:
    return [sorted(item, key=canonical_key) if isinstance(item, list) else item for item in items]


def _tolerant(comparison: Comparison) -> bool:
    return comparison.rel_tol is not None or comparison.abs_tol is not None


def _match(expected: Any, got: Any, comparison: Comparison, where: str) -> None:
    if tag(expected) == "$ndarray" or tag(got) == "$ndarray":
        _match_arrays(expected, got, comparison, where)
    elif is_number(expected) and is_number(got):
        if type(expected) is int and type(got) is not int and not _tolerant(comparison):
            raise _Unequal(f"{where}: expected the int {expected}, got {_kind(got)} {decode(got)!r}")
        _match_numbers(number(expected), number(got), comparison, where)
    elif isinstance(expected, list):
        if not isinstance(got, list):
            raise _Unequal(f"{where}: expected a list, got {_kind(got)}")
        if len(expected) != len(got):
            raise _Unequal(f"{where}: expected {_count(len(expected), 'element')}, got {len(got)}")
        for index, (e, g) in enumerate(zip(expected, got)):
            if type(e) is type(g) and type(e) in (int, str) and e == g:
                continue  # the common case, without building a location string for it
            _match(e, g, comparison, f"{where}[{index}]")
    elif tag(expected) == "$dict":
        if tag(got) != "$dict":
            raise _Unequal(f"{where}: expected a dict, got {_kind(got)}")
        if sorted(map(canonical_key, expected["$dict"])) != sorted(map(canonical_key, got["$dict"])):
            raise _Unequal(f"{where}: the dicts differ")
    elif type(expected) is not type(got) or expected != got:
        raise _Unequal(f"{where}: expected {_described(expected)}, got {_described(got)}")


def _match_numbers(expected: float, got: float, comparison: Comparison, where: str) -> None:
    if not (_finite(expected) and _finite(got)):  # NaN matches NaN, an infinity only itself
        if not (expected == got or (_nan(expected) and _nan(got))):
            raise _Unequal(f"{where}: expected {expected!r:.60}, got {got!r:.60}")
        return
    if _tolerant(comparison):
        close = _close(got, expected, comparison.rel_tol or 0.0, comparison.abs_tol or 0.0)
    else:
        close = got == expected
    if not close:
        raise _Unequal(f"{where}: expected {expected!r:.60}, got {got!r:.60}")


def _finite(number: float) -> bool:
    """Whether a number is finite: an int always is, even one past a float's range."""
    return type(number) is int or math.isfinite(number)


def _nan(number: float) -> bool:
    return type(number) is not int and math.isnan(number)


def _close(a: float, b: float, rel_tol: float, abs_tol: float) -> bool:
    """math.isclose, for ints past a float's range too (they are close only when equal)."""
    try:
        return math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)
    except OverflowError:
        return a == b


def _match_arrays(expected: Any, got: Any, comparison: Comparison, where: str) -> None:
    expected_shape, got_shape = shape_of(expected), shape_of(got)
    if got_shape is None or (tag(got) != "$ndarray" and not isinstance(got, (list, int, float))):
        raise _Unequal(f"{where}: expected an array of shape {expected_shape}, got {_kind(got)}")
    if expected_shape != got_shape:
        raise _Unequal(f"{where}: expected shape {expected_shape}, got shape {got_shape}")
    flat_expected, flat_got = _flatten(expected), _flatten(got)
    if len(flat_expected) != len(flat_got):  # a shape its data does not fill (schema.py refuses one first)
        raise _Unequal(f"{where}: expected {_count(len(flat_expected), 'element')}, got {len(flat_got)}")
    if _all_close(flat_expected, flat_got, comparison):
        return
    for index, (e, g) in enumerate(zip(flat_expected, flat_got)):
        if not is_number(g):
            raise _Unequal(f"{where}: element {index} is {_kind(g)}, not a number")
        _match_numbers(number(e), number(g), comparison, f"{where} flat[{index}]")


def _all_close(flat_expected: list, flat_got: list, comparison: Comparison) -> bool:
    """True when every element is within the tolerance, decided by numpy in one pass.

    False means "look element by element", which finds the first offender and words
    the reason; so does data numpy cannot take as floats (tagged NaN, infinities, non-numbers).
    """
    import numpy

    try:
        expected_array = numpy.array(flat_expected, dtype=float)
        got_array = numpy.array([g for g in flat_got if type(g) is not bool], dtype=float)
    except (TypeError, ValueError, OverflowError):
        return False
    if expected_array.shape != got_array.shape:
        return False
    if not _tolerant(comparison):
        return bool(numpy.array_equal(expected_array, got_array))
    # math.isclose's rule, which the element-by-element path applies (numpy.isclose's differs).
    with numpy.errstate(invalid="ignore", over="ignore"):
        difference = numpy.abs(got_array - expected_array)
        allowed = numpy.maximum((comparison.rel_tol or 0.0) * numpy.maximum(numpy.abs(got_array),
                                                                             numpy.abs(expected_array)),
                                comparison.abs_tol or 0.0)
        return bool(numpy.all((difference <= allowed) | (got_array == expected_array)))


def _flatten(value: Any) -> list:
    if tag(value) == "$ndarray":
        return value["$ndarray"]["data"]
    if isinstance(value, list):
        return [x for item in value for x in _flatten(item)]
    return [value]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _described(value: Any) -> str:
    """`int 5`, `str 'a'`, `None`: the kind, then the value when the kind does not already say it."""
    if value is None:
        return "None"
    if tag(value) == "$opaque" and _is_sentence(value["$opaque"]):
        return value["$opaque"]  # the worker's reason says it all
    return f"{_kind(value)} {decode(value)!r:.60}"


def _kind(value: Any) -> str:
    kind = tag(value)
    if kind == "$opaque":
        return value["$opaque"] if _is_sentence(value["$opaque"]) else f"a {value['$opaque']}"
    if kind == "$ndarray":
        return f"an array of shape {tuple(value['$ndarray']['shape'])}"
    if kind:
        return kind[1:]
    return "None" if value is None else type(value).__name__


LAZY_ITERATORS = {"generator", "map", "filter", "zip", "enumerate", "range", "reversed", "list_iterator",
                  "list_reverseiterator", "chain", "islice", "accumulate", "product", "permutations", "combinations"}


def _wanted(expected: Any) -> str:
    kind = tag(expected)
    if kind == "$ndarray":
        return "an array"
    if kind == "$dict":
        return "a dict"
    if isinstance(expected, list):
        return "a list"
    if isinstance(expected, bool):
        return "a bool"
    if is_number(expected):
        return "a number"
    if isinstance(expected, str):
        return "a string"
    return "None" if expected is None else "a plain value"


def _is_sentence(what: str) -> bool:
    """The worker names an unreadable answer by its type, or says why it could not read it ("a Node without ...")."""
    return what.startswith(("a ", "an "))


def _opaque_hint(what: str, expected: Any) -> str:
    if _is_sentence(what):
        return f"returned {what}"
    if what in LAZY_ITERATORS:
        return (f"returned a {what}, which the judge reads only where the problem returns a list; "
                f"return {_wanted(expected)}")
    return f"returned a {what}, which cannot be compared; return {_wanted(expected)}"


def near_miss_hint(expected: Any, got: Any, comparison: Comparison) -> str:
    """A hint for the common near misses: None, wrong order, rounding, NaN, wrong shape or type."""
    if got is None and expected is not None:
        return "returned None: a missing return statement?"
    if tag(got) == "$opaque":
        return _opaque_hint(got["$opaque"], expected)
    flat_got = _flatten(got) if isinstance(got, list) or tag(got) == "$ndarray" else [got]
    flat_expected = _flatten(expected) if isinstance(expected, list) or tag(expected) == "$ndarray" else [expected]
    if any(is_number(g) and not _finite(number(g)) for g in flat_got) and all(
            not is_number(e) or _finite(number(e)) for e in flat_expected):
        return "got NaN or infinity where the answer is finite: an overflow, or a log of 0?"
    if isinstance(expected, list) and isinstance(got, list) and comparison.order == "strict":
        if sorted(map(canonical_key, expected)) == sorted(map(canonical_key, got)):
            return "the right elements in a different order; this problem's order matters"
    if shape_of(expected) not in (None, ()) and shape_of(got) not in (None, ()) and shape_of(expected) != shape_of(got):
        return f"shape {shape_of(got)} where {shape_of(expected)} was expected: the wrong axis?"
    if any(type(e) is int and type(g) is float for e, g in zip(flat_expected, flat_got)) and not _tolerant(comparison):
        return "a float where an int was expected: use // rather than /, or int()"
    if len(flat_expected) == len(flat_got) and flat_expected and all(
            is_number(e) and is_number(g) for e, g in zip(flat_expected, flat_got)):
        # "Close" is relative: 0 returned for 1e-46 is not a rounding error, it is an underflow.
        if all(_close(number(e), number(g), 1e-3, comparison.abs_tol or 0.0) for e, g in zip(flat_expected, flat_got)):
            tolerance = f"rel {comparison.rel_tol}, abs {comparison.abs_tol}" if _tolerant(comparison) else "exact"
            return f"close, but not within the tolerance ({tolerance}): rounding, or float32?"
    if isinstance(expected, list) and expected and isinstance(got, list) and len(got) != len(expected):
        return f"{_count(len(got), 'element')} where {len(expected)} {'was' if len(expected) == 1 else 'were'} expected"
    return ""


__all__ = ["Mismatch", "compare", "near_miss_hint", "nested_array"]
