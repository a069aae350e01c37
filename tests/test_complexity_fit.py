"""Classifying growth from measurements: pure functions over (sizes, values), no sandbox."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from judge.complexity.analysis import analyse, excess_over_lines
from judge.complexity.confidence import Confidence
from judge.complexity.fit import EXACT, NOISY, classify
from judge.complexity.growth import Growth, parse_growth
from judge.complexity.measure import Measurement, Sample

DOUBLING = [2 ** k for k in range(4, 15)]  # 16 .. 16384
SMALL_STEPS = list(range(10, 23, 2))  # what an exponential search can afford

CURVES = {
    Growth.CONSTANT: (DOUBLING, lambda n: 40.0),
    Growth.LOG: (DOUBLING, lambda n: 5 * math.log2(n) + 6),
    Growth.LINEAR: (DOUBLING, lambda n: 3 * n + 50),
    Growth.LINEARITHMIC: (DOUBLING, lambda n: 2 * n * math.log2(n) + 4 * n + 10),
    Growth.QUADRATIC: (DOUBLING[:8], lambda n: n * n / 2 + 3 * n + 5),
    Growth.CUBIC: (DOUBLING[:6], lambda n: n ** 3 / 6 + n * n),
    Growth.EXPONENTIAL: (SMALL_STEPS, lambda n: 3 * 1.618 ** n + 10),
}


def noisy(values, spread: float, seed: int = 1):
    """Multiplicative noise that only slows things down, like a busy machine does."""
    rng = random.Random(seed)
    return [v * (1 + spread * rng.random()) for v in values]


@pytest.mark.parametrize("growth", list(Growth), ids=lambda g: g.value)
def test_exact_counts_of_every_class_are_classified(growth):
    sizes, curve = CURVES[growth]
    assert classify(sizes, [curve(n) for n in sizes], EXACT).growth is growth


@pytest.mark.parametrize("growth", [g for g in Growth if g is not Growth.CONSTANT], ids=lambda g: g.value)
def test_timings_with_ten_percent_noise_are_classified(growth):
    sizes, curve = CURVES[growth]
    assert classify(sizes, noisy([curve(n) for n in sizes], 0.10), NOISY).growth is growth


def test_a_linear_curve_with_a_large_fixed_cost_is_not_mistaken_for_log_or_n_log_n():
    sizes = DOUBLING
    assert classify(sizes, [2000 + 0.5 * n for n in sizes], EXACT).growth is Growth.LINEAR


def test_pure_noise_around_a_constant_is_not_given_a_growing_class():
    sizes = DOUBLING
    fit = classify(sizes, noisy([1.0] * len(sizes), 0.3, seed=4), NOISY)
    assert fit.growth in (Growth.CONSTANT, None)


def test_a_curve_between_two_classes_is_inconclusive_rather_than_a_guess():
    sizes = DOUBLING
    between = [n ** 1.5 for n in sizes]  # neither n nor n^2
    assert classify(sizes, between, EXACT).growth is None


def test_too_few_sizes_are_inconclusive_and_say_why():
    fit = classify([16, 32, 64], [1, 2, 4])
    assert fit.growth is None and "3 sizes" in fit.why


def test_a_timer_that_reads_zero_everywhere_is_inconclusive_not_constant():
    fit = classify(DOUBLING, [0.0] * len(DOUBLING), NOISY)
    assert fit.growth is None and "nothing measurable" in fit.why


@pytest.mark.parametrize("text, growth", [
    ("O(1)", Growth.CONSTANT), ("O(log n)", Growth.LOG), ("O(n)", Growth.LINEAR), ("O(n log n)", Growth.LINEARITHMIC),
    ("O(n^2)", Growth.QUADRATIC), ("O(n**3)", Growth.CUBIC), ("O(2^n)", Growth.EXPONENTIAL),
    ("O(n)   # n: the number of tasks", Growth.LINEAR), ("O(n log k)", None), ("O(V + E)", None), (None, None),
])
def test_expected_complexities_are_read_when_they_are_one_of_the_seven(text, growth):
    assert parse_growth(text) is growth


# -- the analysis: lines, C time and CPU time together -------------------------------------------------------


def sample(n, ms, lines=None, c_ms=None, c_calls=None):
    profiled = c_ms is not None
    return Sample(n, (ms,), lines, None if lines is None else ms * 10, c_ms or {}, c_calls or {},
                  ms * 2 if profiled else None)


def measurement(samples):
    return Measurement(samples, "the time budget")


def test_a_list_scan_in_a_loop_is_quadratic_though_its_lines_are_linear():
    # `if x not in seen_list` runs 2n lines, but each scan is O(n) in C: the time grows like n^2.
    samples = [sample(n, 0.00005 * n + 0.00001 * n * n / 4, lines=2 * n + 3) for n in DOUBLING[:9]]
    analysis = analyse(measurement(samples))
    assert analysis.growth is Growth.QUADRATIC and "beyond the executed lines" in analysis.evidence


def test_cache_misses_that_bend_a_linear_curve_do_not_make_it_n_log_n():
    # Time per line grows 60 % from the smallest to the largest size: memory, not the algorithm.
    samples = [sample(n, 0.00005 * n * (1 + 0.6 * k / 10), lines=3 * n) for k, n in enumerate(DOUBLING)]
    assert analyse(measurement(samples)).growth is Growth.LINEAR


def test_a_sort_called_once_makes_a_linear_loop_n_log_n():
    samples = [sample(n, 0.0001 * n + 0.00002 * n * math.log2(n), lines=2 * n,
                      c_ms={"sorted": 0.00002 * n * math.log2(n)}, c_calls={"sorted": 1}) for n in DOUBLING]
    analysis = analyse(measurement(samples))
    assert analysis.growth is Growth.LINEARITHMIC and "sorted()" in analysis.evidence


def test_a_sort_of_nearly_sorted_values_under_a_slow_loop_is_still_n_log_n():
    # `values = sorted(set(nums))` then a Python loop: the set hands Timsort nearly sorted runs, so the sort is a
    # few per cent of the time (figures measured on a loaded machine, one sort timing disturbed 100-fold),
    # which used to give O(n) one run and O(n log n) the next.
    sort_ms = [0.0025, 0.0028, 0.0037, 0.0064, 0.0083, 0.0161, 0.0151, 2.4, 0.0587, 0.2056, 0.2186]
    samples = [sample(n, 0.00015 * n, lines=int(2.36 * n), c_ms={"sorted": ms}, c_calls={"sorted": 1})
               for n, ms in zip(DOUBLING, sort_ms)]
    analysis = analyse(measurement(samples))
    assert analysis.growth is Growth.LINEARITHMIC and "sorted()" in analysis.evidence


def test_a_sort_of_a_fixed_number_of_items_makes_no_n_log_n_claim():
    samples = [sample(n, 0.0002 * n, lines=2 * n, c_ms={"sorted": 0.002 + 0.0001 * (k % 3)}, c_calls={"sorted": 1})
               for k, n in enumerate(DOUBLING)]
    assert analyse(measurement(samples)).growth is Growth.LINEAR


def test_a_sort_of_each_small_item_in_a_loop_makes_no_n_log_n_claim():
    samples = [sample(n, 0.0002 * n, lines=2 * n, c_ms={"sorted": 0.0001 * n}, c_calls={"sorted": n})
               for n in DOUBLING]
    assert analyse(measurement(samples)).growth is Growth.LINEAR


def test_builtin_work_with_constant_lines_is_read_from_cpu_time():
    # `return sum(nums)`: two lines at every size, the time linear.
    samples = [sample(n, 0.0001 * n + 0.002, lines=2) for n in DOUBLING]
    assert analyse(measurement(samples)).growth is Growth.LINEAR


def test_calls_too_fast_to_time_are_classified_by_their_lines_alone():
    samples = [sample(n, 0.004, lines=5 * int(math.log2(n)) + 4) for n in DOUBLING]
    analysis = analyse(measurement(samples))
    assert analysis.growth is Growth.LOG and analysis.confidence is Confidence.LIKELY


def test_an_excess_that_only_the_largest_size_shows_is_ignored():
    samples = [sample(n, 0.0001 * n, lines=3 * n) for n in DOUBLING[:-1]]
    samples.append(sample(DOUBLING[-1], 0.0001 * DOUBLING[-1] * 6, lines=3 * DOUBLING[-1]))  # one disturbed run
    assert analyse(measurement(samples)).growth is Growth.LINEAR


def test_a_handful_of_sizes_is_inconclusive_and_says_where_it_stopped():
    analysis = analyse(Measurement([sample(n, n * 0.01, lines=n) for n in (4, 8, 16)], "n = 32 raised RecursionError"))
    assert analysis.growth is None and "RecursionError" in analysis.why


def test_the_excess_model_reports_no_excess_when_lines_explain_the_time():
    n = np.array(DOUBLING, dtype=float)
    excess = excess_over_lines(n, 0.0001 * 3 * n, 3 * n, Growth.LINEAR)
    assert excess.growth is None
