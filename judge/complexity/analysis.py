"""From a measurement to one growth class, or "inconclusive", and how sure we are.

Three signals, read together:

- executed lines (exact, one traced call per size while tracing is affordable):
  the Python-level work, and a floor on the class, blind to C;
- CPU time inside each C function (one profiled call per size): a sort's
  n log n, which the lines around it cannot show;
- the call's CPU time (noisy, every size): all the work, including what C does
  inside bytecodes (`x in list`, slicing, `c + s` on a string).

The lines give the class. A log factor done in C is too small for any timer
here (and cache misses in an O(n) dict look the same), so it comes from what the
standard library documents: a sort whose own time grows with n, called a fixed
number of times, makes the class at least n log n; heapq and bisect cost log n a
call, so their exact call counts give log n (a fixed number) or n log n (one per
element).
CPU time beyond what the lines explain,
    t(n) ~ a + beta * lines(n) + c * g(n)     (a, beta, c >= 0),
raises the class only when g grows a whole power of n faster than the lines,
the time per executed line grows several-fold, and the excess survives dropping
the largest size: cache effects bend curves by less than that, a list scan in a
loop by more. Without a usable line count the CPU time alone decides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from judge.complexity.confidence import Confidence
from judge.complexity.fit import EXPONENTIAL_BASES, LINES, NOISY, Fit, ModelFit, classify, nonnegative_fit
from judge.complexity.growth import Growth
from judge.complexity.measure import MEASURABLE_MS, Measurement, Sample

MIN_SIZES = 4
MIN_SPAN = 8  # largest n / smallest n, for polynomial growth
MIN_STEPS = 5  # distinct sizes, for the small ranges exponential growth allows
EXCESS_RATIO = 1.5  # the excess model's error must beat the lines-only model's by this factor...
EXCESS_GAP = 0.04  # ...and by this much...
EXCESS_SHARE = 0.25  # ...carry this share of the time at the largest size...
EXCESS_POWER = 0.75  # ...grow this many powers of n faster than the lines...
PER_LINE_GROWTH = 2.5  # ...and the time per unit of expected work must grow this many times over the sizes
PER_SORTED_GROWTH = 4.0  # the same when the floor is a sort's n log n: cache misses slow big sorts more
SORTS = ("sorted", "list.sort")
LOGARITHMIC_CALLS = ("heappush", "heappop", "heapreplace", "heappushpop", "bisect_left", "bisect_right", "bisect")
# Work C does inside bytecodes (a list scan, a slice, a string copy) is a polynomial in n: log factors come
# only from a sort, which the profile names. Timing alone cannot tell n log n from cache misses here.
EXCESS_CLASSES = (Growth.LINEAR, Growth.QUADRATIC, Growth.CUBIC, Growth.EXPONENTIAL)
SORT_MIN_N = 16  # below this a sort's own time is all the cost of calling it
SORT_SLOPE = 0.6  # a sort of n elements grows with slope 1 or more; of a fixed number, about 0
C_SHARE = 0.25  # another C function must carry this share to raise the class


@dataclass(frozen=True)
class Excess:
    """CPU time beyond what the executed lines explain."""

    growth: Growth | None  # None: the lines explain the time
    error: float  # of the chosen model
    lines_only_error: float
    share: float  # of the time at the largest size carried by the excess term


@dataclass(frozen=True)
class Analysis:
    growth: Growth | None  # None: inconclusive
    confidence: Confidence  # never NOT_MEASURED: that is the note's, when there is nothing to analyse
    evidence: str = ""  # which signal decided, in words
    why: str = ""  # why inconclusive
    time: Fit | None = None
    lines: Fit | None = None
    excess: Excess | None = None


def _wide_enough(sizes: list[int]) -> bool:
    return len(sizes) >= MIN_SIZES and (sizes[-1] / sizes[0] >= MIN_SPAN or len(sizes) >= MIN_STEPS)


def _timed(samples: list[Sample]) -> list[Sample]:
    """Sizes whose CPU time rises above the noise floor; none when too few do (then lines alone decide)."""
    above = [s for s in samples if s.best_ms >= MEASURABLE_MS]
    return above if _wide_enough([s.n for s in above]) else []


def _line_counts(samples: list[Sample], lines: ModelFit) -> np.ndarray:
    """Measured where traced; past the traced sizes, the lines' fitted model (exact data extrapolate well)."""
    return np.array([float(s.lines) if s.lines is not None else float(lines.predict([s.n])[0]) for s in samples])


def _bases(growth: Growth, n: np.ndarray) -> list[np.ndarray]:
    if growth is Growth.EXPONENTIAL:
        return [np.power(base, n - n.max()) for base in EXPONENTIAL_BASES]
    return [growth.basis(n)]


def excess_over_lines(sizes, times, line_counts, floor: Growth, floor_from_c: bool = False) -> Excess:
    """The slowest-growing class g for t ~ a + beta lines + c g(n) that beats lines alone clearly, if any."""
    n = np.asarray(sizes, dtype=float)
    t = np.asarray(times, dtype=float)
    lines = np.asarray(line_counts, dtype=float)
    # The baseline: the lines' cost, plus the floor's own growth when C work set the floor (a sort).
    baseline = [np.ones_like(n), lines] + ([floor.basis(n)] if floor is not Growth.EXPONENTIAL else [])
    _, lines_only = nonnegative_fit(baseline, t)
    fits: list[tuple[float, Growth, float]] = []
    for growth in EXCESS_CLASSES:
        if growth.power < floor.power + EXCESS_POWER:
            continue
        best = None
        for basis in _bases(growth, n):
            coefficients, error = nonnegative_fit(baseline + [basis], t)
            c = coefficients[-1]
            if c > 0 and (best is None or error < best[0]):
                best = (error, growth, float(c * basis[-1] / t[-1]))
        if best is not None:
            fits.append(best)
    if not fits:
        return Excess(None, lines_only, lines_only, 0.0)
    lowest_error = min(fit[0] for fit in fits)
    # Among the classes that fit about as well, the slowest-growing: an excess is never overstated.
    error, growth, share = min((fit for fit in fits if fit[0] <= lowest_error * 1.3), key=lambda fit: fit[1].rank)
    # Time per unit of the work already accounted for: per executed line, or per n log n when a sort set the floor.
    work = np.maximum(lines, 1.0)
    if floor_from_c and floor not in (Growth.CONSTANT, Growth.EXPONENTIAL):
        work = np.maximum(work, floor.basis(n))
    per_unit = t / work
    grows = per_unit[-1] >= (PER_SORTED_GROWTH if floor_from_c else PER_LINE_GROWTH) * per_unit.min()
    clear = lines_only >= EXCESS_RATIO * error and lines_only - error >= EXCESS_GAP and share >= EXCESS_SHARE
    return Excess(growth if clear and grows else None, error, lines_only, share)


def robust_excess(timed: list[Sample], lines: ModelFit, floor: Growth, floor_from_c: bool = False) -> Excess:
    """The excess must also show without the largest size: one disturbed measurement cannot make it."""
    def excess(samples: list[Sample]) -> Excess:
        return excess_over_lines([s.n for s in samples], [s.best_ms for s in samples],
                                 _line_counts(samples, lines), floor, floor_from_c)

    full = excess(timed)
    if full.growth is None:
        return full
    shorter = excess(timed[:-1]) if _wide_enough([s.n for s in timed[:-1]]) else Excess(None, 0, 0, 0)
    if shorter.growth is None:
        return Excess(None, full.error, full.lines_only_error, full.share)
    return full if full.growth.rank <= shorter.growth.rank else shorter


def sorting_evidence(samples: list[Sample]) -> str | None:
    """The sort that makes the class at least n log n: called a fixed number of times, on inputs that grow.

    What a comparison sort costs is documented, so no share of the time is asked of it: Timsort merges the
    nearly sorted runs of `sorted(set(nums))` in close to linear time, and whether it showed above the loop
    around it changed from one run to the next. That its input grows shows in its own time: the median slope
    over every pair of profiled sizes (one disturbed timing moves a median little).
    """
    profiled = [s for s in samples if s.profiled]
    if len(profiled) < MIN_SIZES:
        return None
    for name in SORTS:
        if _call_growth(profiled, name) is not Growth.CONSTANT:
            continue  # not called at every size, or more often on bigger inputs: per-call sizes unknown, no claim
        timed = [s for s in profiled if s.n >= SORT_MIN_N]
        if not _wide_enough([s.n for s in timed]) or timed[-1].c_ms[name] < MEASURABLE_MS:
            continue
        if _median_slope([s.n for s in timed], [s.c_ms[name] for s in timed]) >= SORT_SLOPE:
            return name
    return None


def _median_slope(sizes: list[int], values: list[float]) -> float:
    """Theil-Sen: the median log-log slope over every pair of sizes."""
    slopes = [math.log(max(values[j], 1e-6) / max(values[i], 1e-6)) / math.log(sizes[j] / sizes[i])
              for i in range(len(sizes)) for j in range(i + 1, len(sizes)) if sizes[j] > sizes[i]]
    return float(np.median(slopes)) if slopes else 0.0


def _call_growth(profiled: list[Sample], name: str) -> Growth | None:
    """How the number of calls to a C function grows with n (exact counts): O(1), O(n), or neither."""
    calls = [s.c_calls.get(name, 0) for s in profiled]
    if min(calls) == 0:
        return None
    slope = math.log(calls[-1] / calls[0]) / math.log(profiled[-1].n / profiled[0].n)
    if max(calls) == min(calls):
        return Growth.CONSTANT
    return Growth.LINEAR if 0.8 <= slope <= 1.2 else None


def logarithmic_calls_evidence(samples: list[Sample]) -> tuple[Growth, str] | None:
    """heapq and bisect cost O(log n) a call, far below what a timer sees: their call counts tell the class.

    A fixed number of bisect calls on the input is O(log n); a heap operation per element is O(n log n)
    (n log k when the heap stays at k: the worst case is what is claimed).
    """
    profiled = [s for s in samples if s.profiled]
    if len(profiled) < MIN_SIZES or profiled[-1].n < 4 * profiled[0].n:
        return None
    found = None
    for name in LOGARITHMIC_CALLS:
        calls = _call_growth(profiled, name)
        growth = {Growth.CONSTANT: Growth.LOG, Growth.LINEAR: Growth.LINEARITHMIC}.get(calls)
        if growth is not None and (found is None or growth.rank > found[0].rank):
            found = (growth, name)
    return found


def c_function_evidence(samples: list[Sample], floor: Growth) -> tuple[Growth, str] | None:
    """Another C function whose own time grows a whole power of n faster than the lines (list.pop(0) in a loop)."""
    profiled = [s for s in samples if s.profiled]
    if len(profiled) < MIN_SIZES:
        return None
    largest = profiled[-1]
    found = None
    for name, ms in largest.c_ms.items():
        if name in SORTS or ms < C_SHARE * largest.best_ms:
            continue
        timed = [s for s in profiled if s.c_ms.get(name, 0.0) >= MEASURABLE_MS]
        if not _wide_enough([s.n for s in timed]):
            continue
        fit = classify([s.n for s in timed], [s.c_ms[name] for s in timed], NOISY)
        if fit.growth not in EXCESS_CLASSES or fit.growth.power < floor.power + EXCESS_POWER:
            continue
        # As for the excess over lines: it must hold without the largest size too.
        shorter = classify([s.n for s in timed[:-1]], [s.c_ms[name] for s in timed[:-1]], NOISY) \
            if _wide_enough([s.n for s in timed[:-1]]) else None
        if shorter is None or shorter.growth is not fit.growth:
            continue
        if found is None or fit.growth.rank > found[0].rank:
            found = (fit.growth, name)
    return found


def _raised_by_c(samples: list[Sample], growth: Growth, evidence: str) -> tuple[Growth, str]:
    """What C functions add to a class read from lines or CPU time: a sort, heapq or bisect calls, list.pop(0)."""
    sort = sorting_evidence(samples)
    if sort is not None and growth.rank < Growth.LINEARITHMIC.rank:
        growth, evidence = Growth.LINEARITHMIC, f"time inside {sort}()"
    logarithmic = logarithmic_calls_evidence(samples)
    if logarithmic is not None and growth.rank < logarithmic[0].rank:
        growth, evidence = logarithmic[0], f"calls to {logarithmic[1]}(), O(log n) each"
    c_function = c_function_evidence(samples, growth)
    if c_function is not None:
        growth, evidence = c_function[0], f"time inside {c_function[1]}()"
    return growth, evidence


def _excess_over_measured_lines(traced: list[Sample], lines_fit: Fit) -> Growth | None:
    """Lines that follow no class cleanly (they vary with each input) can still explain part of the time:
    on the traced sizes, with the counts as measured, a clear excess a power of n above their best class
    that carries most of the time at the largest size is the class."""
    timed = [s for s in traced if s.best_ms >= MEASURABLE_MS]
    if not lines_fit.ranked or not _wide_enough([s.n for s in timed]):
        return None
    excess = excess_over_lines([s.n for s in timed], [s.best_ms for s in timed], [s.lines for s in timed],
                               lines_fit.best.growth)
    return excess.growth if excess.growth is not None and excess.share >= 0.5 else None


def analyse(measurement: Measurement) -> Analysis:
    samples = measurement.merged()
    sizes = [s.n for s in samples]
    if not _wide_enough(sizes):
        shown = f"n = {sizes[0]}..{sizes[-1]}" if sizes else "no size"
        return Analysis(None, Confidence.INCONCLUSIVE,
                        why=f"too few sizes to fit ({shown}; stopped: {measurement.stopped})")
    timed = _timed(samples)
    time_fit = classify([s.n for s in timed], [s.best_ms for s in timed], NOISY) if timed else None
    traced = [s for s in samples if s.traced]
    lines_fit = classify([s.n for s in traced], [s.lines for s in traced], LINES) \
        if _wide_enough([s.n for s in traced]) else None
    if lines_fit is None or lines_fit.growth is None:
        beyond = _excess_over_measured_lines(traced, lines_fit) if lines_fit is not None else None
        if beyond is not None:
            return Analysis(beyond, Confidence.LIKELY, "CPU time beyond the executed lines", time=time_fit,
                            lines=lines_fit)
        if time_fit is None or time_fit.growth is None:
            why = (time_fit.why if time_fit else "") or (lines_fit.why if lines_fit else "") or \
                "neither the line counts nor the CPU times single out a class"
            return Analysis(None, Confidence.INCONCLUSIVE, why=why, time=time_fit, lines=lines_fit)
        growth, evidence = _raised_by_c(samples, time_fit.growth, "CPU time")
        return Analysis(growth, Confidence.LIKELY, evidence, time=time_fit, lines=lines_fit)
    growth, evidence = _raised_by_c(samples, lines_fit.growth, "executed lines")
    excess = robust_excess(timed, lines_fit.best, growth, growth is not lines_fit.growth) if timed else None
    if excess is not None and excess.growth is not None:
        growth, evidence = excess.growth, "CPU time beyond the executed lines"
    if time_fit is None:
        return Analysis(growth, Confidence.LIKELY, evidence + " (calls too fast to time)", lines=lines_fit,
                        excess=excess)
    agrees = bool(time_fit.ranked) and time_fit.best.growth is growth
    confidence = Confidence.CONFIDENT if agrees else Confidence.LIKELY
    return Analysis(growth, confidence, evidence, time=time_fit, lines=lines_fit, excess=excess)
