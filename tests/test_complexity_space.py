"""Classifying the memory a call needs (judge/complexity/space.py), on series as the sandbox reports them."""

from __future__ import annotations

from judge.complexity.confidence import Confidence
from judge.complexity.growth import Growth
from judge.complexity.measure import Measurement, Sample
from judge.complexity.notes import SpaceNote
from judge.complexity.space import analyse_space

DOUBLING = [2 ** k for k in range(2, 15)]  # 4 .. 16384


def measured(series, depths=None):
    depths = depths or [2] * len(series)
    return Measurement([Sample(n, (1.0,), space_bytes=extra, depth=depth, space_ms=2.0)
                        for (n, extra), depth in zip(series, depths)], "the time budget")


def read(sizes, extra):
    """The analysis of a series measured at a call depth of 2."""
    return analyse_space(measured(list(zip(sizes, extra))))


def test_a_set_of_the_input_is_linear_though_its_table_grows_fourfold_at_a_time():
    # set(nums) as measured: the table jumps at every other doubling, which n log n fits nearly as well.
    table = [736, 1248, 1248, 3296, 3296, 10976, 10976, 41696, 41696, 164576, 164576, 656096, 656096]
    analysis = analyse_space(measured(list(zip(DOUBLING, table))))
    assert analysis.growth is Growth.LINEAR and analysis.confidence is Confidence.LIKELY


def test_a_few_bytes_more_at_one_size_are_constant_not_quadratic():
    # Two loop counters past 256 at the largest size: 92 bytes that a + b n^2 fits "exactly".
    analysis = analyse_space(measured([(n, 704 if n < 512 else 796) for n in DOUBLING[:8]]))
    assert analysis.growth is Growth.CONSTANT and analysis.confidence is Confidence.CONFIDENT


def test_a_recursion_as_deep_as_the_input_is_linear_and_named():
    analysis = analyse_space(measured([(n, 200 * n + 900) for n in DOUBLING[:10]], [n + 3 for n in DOUBLING[:10]]))
    assert analysis.growth is Growth.LINEAR and "recursion" in analysis.evidence


def test_a_recursion_log_n_deep_is_logarithmic():
    depths = [n.bit_length() + 1 for n in DOUBLING]
    analysis = analyse_space(measured([(n, 700 + 220 * depth) for n, depth in zip(DOUBLING, depths)], depths))
    assert analysis.growth is Growth.LOG


def test_a_table_of_every_pair_is_quadratic():
    analysis = analyse_space(measured([(n, 8 * n * n + 64 * n + 1100) for n in DOUBLING[:8]]))
    assert analysis.growth is Growth.QUADRATIC


def test_memory_that_follows_no_class_is_inconclusive_rather_than_a_guess():
    zigzag = [700, 90_000, 1_500, 400_000, 2_000, 30_000, 900, 2_000_000]
    analysis = analyse_space(measured(list(zip(DOUBLING, zigzag))))
    assert analysis.growth is None and analysis.confidence is Confidence.INCONCLUSIVE and analysis.why


def test_too_few_sizes_measured_for_space_say_so():
    analysis = analyse_space(measured([(4, 700), (8, 900), (16, 1300)]))
    assert analysis.growth is None and "too few sizes measured for space (n = 4..16)" in analysis.why


def test_a_list_of_ints_past_the_small_int_cache_is_linear_not_quadratic():
    # graph-valid-tree's `parent = list(range(n))` as measured: 8 bytes an item up to 256, 40 past it.
    sizes = [4, 8, 16, 32, 64, 128, 256, 512, 768, 896, 1024]
    analysis = read(sizes, [1284, 1316, 1380, 1508, 1764, 2276, 3300, 13508, 23748, 28868, 34040])
    assert analysis.growth is Growth.LINEAR and analysis.confidence is Confidence.LIKELY
    assert "a straight line past n = 256" in analysis.evidence


def test_with_one_size_past_the_small_int_step_the_sizes_up_to_it_decide():
    # list(range(n)) measured up to 512 only: the one size past 256 pays 32 bytes more an item.
    sizes = [4, 8, 16, 32, 64, 128, 256, 512]
    analysis = read(sizes, [1284, 1316, 1380, 1508, 1764, 2276, 3300, 13508])
    assert analysis.growth is Growth.LINEAR and analysis.confidence is Confidence.LIKELY
    assert "fit on n <= 256" in analysis.evidence


def test_a_curve_made_by_the_small_int_step_alone_is_inconclusive():
    # longest-common-subsequence's row, as measured: flat, then 8 bytes an item, then its values pass 256.
    sizes = [4, 8, 16, 32, 64, 128, 256, 512]
    analysis = read(sizes, [1484, 1484, 1484, 1484, 1660, 2172, 3196, 8212])
    assert analysis.growth is None and "too few sizes past n = 256" in analysis.why


def test_a_table_of_every_pair_measured_to_512_stays_quadratic():
    sizes = [4, 8, 16, 32, 64, 128, 256, 512]
    assert analyse_space(measured([(n, 8 * n * n + 1000) for n in sizes])).growth is Growth.QUADRATIC


def test_a_sort_whose_buffer_leaves_the_c_stack_past_512_items_is_linear():
    # meeting-rooms' in-place sort as measured: flat while Timsort's buffer fits its 256 stack pointers.
    sizes = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 3072]
    extra = [1116] * 8 + [4830, 8970, 13014]
    analysis = analyse_space(measured(list(zip(sizes, extra))))
    assert analysis.growth is Growth.LINEAR and "past n = 1024" in analysis.evidence


def test_a_table_of_every_pair_stays_quadratic_past_the_steps():
    sizes = [4, 8, 16, 32, 64, 128, 256, 384, 512, 768, 1024]
    analysis = analyse_space(measured([(n, 8 * n * n + 40 * n + 1100) for n in sizes]))
    assert analysis.growth is Growth.QUADRATIC


def sorted_in_place(series):
    return Measurement([Sample(n, (1.0,), space_bytes=extra, depth=2, space_ms=2.0, c_calls={"list.sort": 1})
                        for n, extra in series], "the time budget")


def test_an_in_place_sort_whose_only_memory_is_its_merge_buffer_is_o1_besides_the_sort():
    # meeting-rooms' intervals.sort(): Timsort's buffer, n/2 pointers, is all that grows.
    sizes = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 3072]
    analysis = analyse_space(sorted_in_place(zip(sizes, [1116] * 8 + [4830, 8970, 13014])))
    assert analysis.growth is Growth.LINEAR and analysis.sort_buffer
    note = SpaceNote(analysis.growth, "O(1)", analysis.confidence, sort_buffer=analysis.sort_buffer)
    assert note.matches and note.headline().endswith("expected O(1) besides the sort")


def test_a_sort_by_key_holds_its_keys_and_still_counts_as_the_sort():
    # non-overlapping-intervals' intervals.sort(key=...): n keys, then n/2 keys and n/2 intervals merged.
    sizes = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384]
    extra = [1326] * 5 + [2110, 3134, 9118, 17214, 33646, 66398, 131918, 263022]
    analysis = analyse_space(sorted_in_place(zip(sizes, extra)))
    assert analysis.growth is Growth.LINEAR and analysis.sort_buffer


def test_memory_beyond_what_a_sort_holds_is_real_linear_memory():
    # A sort, and a dict of n entries besides it: far more than any sort needs for itself.
    analysis = analyse_space(sorted_in_place([(n, 900 + 60 * n) for n in DOUBLING[:10]]))
    assert analysis.growth is Growth.LINEAR and not analysis.sort_buffer
    assert SpaceNote(analysis.growth, "O(1)", analysis.confidence).matches is False


def test_memory_that_stops_growing_once_every_letter_is_counted_is_constant():
    # task-scheduler's counts of 26 letters, as measured: full by n = 64, one step as the counts pass 256.
    sizes = [2 ** k for k in range(2, 18)]
    extra = [2424, 2632, 2888, 2888, 3416, 3448, 3416, 3416, 3416, 3416, 3416, 3996, 3996, 3992, 3992, 3992]
    analysis = analyse_space(measured(list(zip(sizes, extra)), [5] * len(sizes)))
    assert analysis.growth is Growth.CONSTANT and analysis.confidence is Confidence.LIKELY
    assert "no growth past n = 8192" in analysis.evidence


def test_a_recursion_log_n_deep_is_no_plateau_though_its_bytes_grow_slowly():
    depths = [n.bit_length() + 1 for n in DOUBLING]
    analysis = analyse_space(measured([(n, 700 + 120 * depth) for n, depth in zip(DOUBLING, depths)], depths))
    assert analysis.growth is Growth.LOG
