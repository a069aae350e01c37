"""Comparing answers: exact, any order, tolerances and shapes, with hints for near misses."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from judge.backends.base import frames
from judge.compare import compare
from judge.problem import Comparison

EXACT = Comparison()
ANY = Comparison(order="any")
ANY_NESTED = Comparison(order="any_nested")
TOLERANT = Comparison(rel_tol=1e-6, abs_tol=1e-9)


json_bytes = frames.json_bytes


def array(shape, data, dtype="float64"):
    return {"$ndarray": {"shape": shape, "dtype": dtype, "data": data}}


def test_exact_comparison_rejects_the_same_elements_in_another_order_with_a_hint():
    mismatch = compare([1, 2, 3], [3, 2, 1], EXACT)
    assert mismatch is not None and "different order" in mismatch.hint


def test_any_order_accepts_a_permutation_of_the_outer_list_only():
    assert compare([[1, 2], [3, 4]], [[3, 4], [1, 2]], ANY) is None
    assert compare([[1, 2], [3, 4]], [[4, 3], [1, 2]], ANY) is not None
    assert compare([[1, 2], [3, 4]], [[4, 3], [2, 1]], ANY_NESTED) is None


def test_duplicates_count_in_any_order():
    assert compare([1, 1, 2], [1, 2, 2], ANY) is not None


def test_booleans_are_not_integers():
    assert compare(1, True, EXACT) is not None
    assert compare([True], [1], EXACT) is not None


def test_an_int_answer_must_be_an_int_but_a_float_answer_may_be_an_int():
    assert compare(2.0, 2, EXACT) is None
    mismatch = compare([24, 12], [24.0, 12.0], EXACT)
    assert mismatch is not None and "float where an int" in mismatch.hint


def test_an_underflow_to_zero_is_not_called_a_rounding_error():
    mismatch = compare(1.9e-46, 0.0, Comparison(rel_tol=1e-6, abs_tol=0.0))
    assert mismatch is not None and "tolerance" not in mismatch.hint


def test_none_where_a_list_was_expected_hints_at_a_missing_return():
    assert "missing return" in compare([0, 1], None, EXACT).hint


def test_floats_within_tolerance_pass_and_just_outside_fail_with_a_rounding_hint():
    assert compare(1.0, 1.0 + 1e-7, TOLERANT) is None
    mismatch = compare(1.0, 1.0 + 1e-5, TOLERANT)
    assert mismatch is not None and "tolerance" in mismatch.hint


def test_nan_or_infinity_is_never_accepted_for_a_finite_answer():
    for bad in ({"$float": "nan"}, {"$float": "inf"}):
        mismatch = compare([0.5, 0.5], [bad, 0.5], TOLERANT)
        assert mismatch is not None and "NaN or infinity" in mismatch.hint
    assert compare({"$float": "nan"}, {"$float": "nan"}, TOLERANT) is None


def test_arrays_must_match_in_shape_and_may_arrive_as_nested_lists():
    expected = array([2, 2], [0.1, 0.9, 0.5, 0.5])
    assert compare(expected, [[0.1, 0.9], [0.5, 0.5]], TOLERANT) is None
    assert compare(expected, array([2, 2], [0.1, 0.9, 0.5, 0.5]), TOLERANT) is None
    mismatch = compare(expected, array([4], [0.1, 0.9, 0.5, 0.5]), TOLERANT)
    assert mismatch is not None and "shape" in mismatch.reason


def test_an_uncomparable_answer_is_named_in_the_hint():
    mismatch = compare([1, 2], {"$opaque": "generator"}, EXACT)
    assert mismatch is not None and "generator" in mismatch.hint


def test_the_fast_paths_agree_with_the_element_by_element_rules():
    """Whole-answer shortcuts (repr, numpy) must accept exactly what the slow path accepts."""
    from judge.compare import _match, _Unequal

    tolerant = Comparison(rel_tol=1e-6, abs_tol=1e-6)
    pairs = [([1, 2, 3], [1, 2, 3.0]), ([1.0, 2.0], [1.0, 2.0000019]), ([1.0, 2.0], [1.0, 2.000001]),
             ([0.0], [-0.0]), ([1e308], [1e308 * 10]), ([True], [1]), ([[1, 2], [3]], [[1, 2], [3]])]
    array = {"$ndarray": {"dtype": "float64", "shape": [2, 2], "data": [1.0, 2.0, 3.0, 4.0]}}
    pairs += [(array, [[1.0, 2.0], [3.0, 4.0000019]]), (array, [[1.0, 2.0], [3.0, 4.000001]]),
              (array, [[1.0000019, 2.0], [3.0, 4.0]]), (array, [[1, 2], [3, 4]]), (array, [[1.0, 2.0], [3.0, {"$float": "inf"}]]), (array, [[1.0, 2.0, 3.0, 4.0]])]
    for expected, got in pairs:
        for comparison in (Comparison(), tolerant):
            try:
                _match(expected, got, comparison, "answer")
                slow = True
            except _Unequal:
                slow = False
            assert (compare(expected, got, comparison) is None) == slow, (expected, got, comparison)


# Canonical values as the sandbox returns them: plain JSON, floats other than NaN and infinities tagged.
canonical = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([{"$float": "nan"}, {"$float": "inf"}, {"$float": "-inf"}]),
    lambda children: st.lists(children, max_size=4), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(canonical, st.sampled_from([EXACT, ANY, ANY_NESTED, TOLERANT]))
def test_an_answer_identical_byte_for_byte_to_the_expected_one_is_accepted_by_every_comparison(value, comparison):
    # judge.judging accepts such an answer without decoding it (frames.json_bytes on both sides).
    same = json.loads(json_bytes(value))
    assert json_bytes(same) == json_bytes(value)
    assert compare(value, same, comparison) is None


def _slow_any_order(expected, got, comparison):
    """The rule any-order comparisons follow, with no shortcut: sort by canonical key, then match."""
    from judge.compare import _match, _Unequal
    from judge.tagged import canonical_key

    def ordered(items):
        if comparison.order == "any_nested":
            items = [sorted(item, key=canonical_key) if isinstance(item, list) else item for item in items]
        return sorted(items, key=canonical_key)

    try:
        _match(ordered(expected), ordered(got), comparison, "answer")
        return True
    except _Unequal:
        return False


def _look_alike(value):
    if isinstance(value, list):
        return [_look_alike(item) for item in value]
    if type(value) is bool:
        return int(value)
    return float(value) if type(value) is int else value


small = st.integers(-2, 2) | st.sampled_from(["a", "b"]) | st.sampled_from([True, 1.0, None])
almost_ints = st.integers(0, 2) | st.sampled_from([True, False, 1.0])  # what must not pass for an int
any_order_items = (st.lists(small | st.lists(small, max_size=3), max_size=5) | st.lists(st.integers(-2, 2), max_size=5)
                   | st.lists(almost_ints, max_size=4) | st.lists(st.lists(almost_ints, max_size=3), max_size=3)
                   | st.lists(st.lists(st.integers(-2, 2), max_size=3), max_size=4)
                   | st.lists(st.lists(st.text("ab", max_size=2), max_size=3), max_size=4))


@settings(max_examples=400, deadline=None)
@given(any_order_items, st.data(), st.sampled_from([ANY, ANY_NESTED]))
def test_any_order_decisions_are_those_of_sorting_by_canonical_key(expected, data, comparison):
    # Plain ints or strings (and lists of them) sort natively: that shortcut must decide as the key sort does.
    got = data.draw(st.permutations(expected).map(list) | any_order_items)
    if comparison.order == "any_nested" and data.draw(st.booleans()):
        got = [list(reversed(item)) if isinstance(item, list) else item for item in got]
    if data.draw(st.booleans()):  # equal under ==, yet another answer: 1 for True, 1.0 for 1
        got = _look_alike(got)
    assert (compare(expected, got, comparison) is None) == _slow_any_order(expected, got, comparison)


def test_a_reason_reads_as_a_sentence():
    assert compare(5, None, EXACT).reason == "answer: expected int 5, got None"
    assert "expected 1 element, got 2" in compare([1], [1, 2], EXACT).reason
    assert "expected 3 elements, got 1" in compare([1, 2, 3], [1], EXACT).reason
