"""Space: how the memory a call needs grows with n, read from the measurement's call measured for space.

Two series, each exact for its input (no timer involved):

- the most memory allocated at once during the call (tracemalloc's peak), beyond
  the input, built before tracing starts, and the answer, which interviewers do
  not count ("O(1) extra space besides the answer");
- the deepest Python call stack: Python 3.11 keeps frames on a stack of its own,
  outside what tracemalloc sees. The depth hook makes each call a frame object
  (about 200 bytes), so a recursion (a DFS n deep, a binary search log n deep)
  shows in the memory too; the depth is the second witness, and names it.

The class is the larger of the two. A memory series that singles out no class
makes the answer inconclusive: never a guess, with one exception. Sets and
dicts grow their tables fourfold at a time, so the bytes of an O(n) set climb
in steps that an n log n curve fits nearly as well, and other steps come from
Python itself (integers past 256 are objects, Timsort's buffer leaves the C
stack past 256 pointers). When O(n) and O(n log n) lead every other class
clearly and n log n does not beat n by far, the answer is O(n) ("likely"):
n log n memory is rare in these solutions, and the steps hide the difference on
sizes this small.

Two of Python's steps bend a straight line upwards, so that n^2 fits the whole
series best: past 256 every new integer is a 32-byte object (`list(range(n))`
costs 8 bytes an item below, 40 above), and past 512 items Timsort's merge
buffer moves from the C stack to the heap (flat, then n/2 pointers). Where the
whole series reads above O(n), the sizes past each step are fitted on their own;
a tail that is a clear straight line reads O(n) ("likely"). Bytes are exact, so
three sizes spanning 2x tell a line from a parabola.

Memory that stops growing (a count of each of 26 letters, full once every letter
has appeared) is O(1): when the last sizes, spanning 8x or more, stay within a few
hundred bytes at a fixed call depth, the answer is O(1) ("likely"), whatever the
small sizes did.

Memory is read as the most allocated at once, less the answer (interviewers do
not count it). A solution whose working memory is freed before an answer of the
same size is built (a sort's key list, then the merged intervals) reads lower
than it is: a known limit of the method.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from judge.complexity.confidence import Confidence
from judge.complexity.fit import LINES, Fit, Tolerance, classify
from judge.complexity.growth import Growth
from judge.complexity.measure import Measurement, Sample

CLASSES = (Growth.CONSTANT, Growth.LOG, Growth.LINEAR, Growth.LINEARITHMIC, Growth.QUADRATIC)
MIN_SIZES = 4
MIN_SPAN = 4  # largest n / smallest n: bytes are exact, so the small ranges exponential time allows do
NLOGN_MARGIN = 3.0  # n log n memory must beat n by this much: a step in the middle (the small-int cache ends at 256)
FLOOR_BYTES = 256  # a few temporary integers and the allocator's rounding: noise under any growth worth naming
FLAT_BYTES = 512  # memory that varies by less than this over every size is O(1): a few integers more or less
SHALLOW = 8  # a call stack never deeper than this is a fixed number of helper calls, not a recursion
CONFIDENT_MARGIN = 3.0  # runner-up error over the best's, for "confident" rather than "likely"
SORTS = ("sorted", "list.sort")
# Bytes an item a sort may hold for itself: sort(key=...) keeps n keys and merges through n/2 keys and n/2 items
# (8 + 4 + 4 pointer bytes); sorted() copies n pointers, then merges through n/2 (8 + 4).
SORT_BYTES = 16.5
PYTHON_STEPS = (256, 1024)  # sizes past which Python's own steps are over: small ints, then Timsort's heap buffer
TAIL_SIZES = 3
INT_ITEM_BYTES = 48  # a list item that is a new integer past 256: an 8-byte pointer, a 32-byte object, rounding
PLATEAU_SIZES, PLATEAU_SPAN = 4, 8  # memory flat over the last sizes, spanning this much, has stopped growing
TAIL = Tolerance(max_error=0.05, min_ratio=2.0, min_gap=0.01)  # a line against a parabola on exact bytes
# Bytes are exact for their input: a small error can still be clear, so the gap asked is small.
MEMORY = Tolerance(max_error=0.2, min_ratio=1.5, min_gap=0.005)
STEPS = Tolerance(max_error=0.45, min_ratio=1.5, min_gap=0.02)  # O(n) or O(n log n) against every other class


@dataclass(frozen=True)
class SpaceAnalysis:
    growth: Growth | None  # None: inconclusive
    confidence: Confidence  # never NOT_MEASURED: that is the note's, when there is nothing to analyse
    evidence: str = ""  # which series decided, in words
    why: str = ""  # why inconclusive
    memory: Fit | None = None
    depth: Fit | None = None
    sort_buffer: bool = False  # O(n) no larger than what Python's sort holds for itself, which interviewers do not count


def measured_for_space(measurement: Measurement) -> list[Sample]:
    return [sample for sample in measurement.merged() if sample.spaced]


def analyse_space(measurement: Measurement) -> SpaceAnalysis:
    samples = measured_for_space(measurement)
    sizes = [s.n for s in samples]
    if len(sizes) < MIN_SIZES or sizes[-1] < MIN_SPAN * sizes[0]:
        shown = f"n = {sizes[0]}..{sizes[-1]}" if sizes else "no size"
        return SpaceAnalysis(None, Confidence.INCONCLUSIVE, why=f"too few sizes measured for space ({shown})")
    extra = [s.space_bytes for s in samples]
    memory = classify(sizes, [b + FLOOR_BYTES for b in extra], MEMORY, classes=CLASSES)
    if max(extra) - min(extra) <= FLAT_BYTES:
        memory = Fit(memory.ranked, Growth.CONSTANT)  # 92 bytes more at the largest size fit n^2 "exactly"
    memory_growth = memory.growth
    if memory_growth is None or (memory_growth is Growth.LINEARITHMIC and memory.margin < NLOGN_MARGIN):
        memory_growth = _stepped_linear(memory)
    step = cut = None
    if memory_growth is None or memory_growth.rank > Growth.LINEAR.rank:
        step = _straight_past_a_step(sizes, extra)
        memory_growth = Growth.LINEAR if step else memory_growth
    if not step and memory_growth is not None and memory_growth.rank > Growth.LINEAR.rank \
            and 0 < sum(n > PYTHON_STEPS[0] for n in sizes) < TAIL_SIZES and _small_ints_could_explain(sizes, extra):
        head = _up_to_the_first_step(sizes, extra)
        if head is None or head.growth is None:  # the step alone made the curve: no class to name
            memory = Fit(memory.ranked, None, f"too few sizes past n = {PYTHON_STEPS[0]} (where every new integer "
                                              f"is an object of its own) and none up to it single out a class")
            memory_growth = None
        elif head.growth.rank < memory_growth.rank:
            memory_growth, cut = head.growth, True
    depths = [s.depth or 0 for s in samples]
    plateau = None
    if memory_growth is not Growth.CONSTANT:
        plateau = _plateau(sizes, extra, depths)
        memory_growth = Growth.CONSTANT if plateau else memory_growth
    depth = None if max(depths) <= SHALLOW else classify(sizes, depths, LINES, classes=CLASSES)
    if memory_growth is None and depth is not None and depth.growth in {fit.growth for fit in memory.ranked[:2]}:
        # Frames are most of what a recursion allocates: its exact depth decides between the two leading classes.
        return SpaceAnalysis(depth.growth, Confidence.LIKELY, f"call depth (recursion {max(depths)} deep)",
                             memory=memory, depth=depth)
    if memory_growth is None:
        return SpaceAnalysis(None, Confidence.INCONCLUSIVE, why=f"memory: {memory.why}", memory=memory, depth=depth)
    growth, evidence, deciding = memory_growth, "memory allocated", memory
    sort_buffer = False
    if depth is not None and depth.growth is not None and depth.growth.rank > growth.rank:
        growth, evidence, deciding = depth.growth, f"call depth (recursion {max(depths)} deep)", depth
    elif depth is not None and depth.growth is growth and growth is not Growth.CONSTANT:
        evidence += f", a recursion {max(depths)} deep"
    elif growth is Growth.LINEAR and _sorts(samples):
        sort_buffer = _within_sort_buffer(sizes, extra)
        evidence += (", no more than Python's sort holds for itself (its keys and merge buffer)" if sort_buffer else
                     ", Python's sort's own buffer included (up to n/2 pointers)")
    if step and deciding is memory:
        evidence += f", a straight line past n = {step}"
    if cut and deciding is memory:
        evidence += f", fit on n <= {PYTHON_STEPS[0]} (past it, every new integer is an object of its own)"
    if plateau and deciding is memory:
        evidence += f", no growth past n = {plateau}"
    clear = not plateau and not cut and deciding.growth is growth and (deciding.margin >= CONFIDENT_MARGIN or deciding.growth is Growth.CONSTANT)
    confidence = Confidence.CONFIDENT if clear else Confidence.LIKELY
    return SpaceAnalysis(growth, confidence, evidence, memory=memory, depth=depth, sort_buffer=sort_buffer)


def _stepped_linear(memory: Fit) -> Growth | None:
    """O(n) when O(n) and O(n log n) lead and every other class is clearly worse (the module says why)."""
    leading = {fit.growth for fit in memory.ranked[:2]}
    if len(memory.ranked) < 3 or leading != {Growth.LINEAR, Growth.LINEARITHMIC}:
        return None
    worst_leader = max(fit.error for fit in memory.ranked[:2])
    return Growth.LINEAR if STEPS.accepts(worst_leader, memory.ranked[2].error) else None


def _straight_past_a_step(sizes: list[int], extra: list[int]) -> int | None:
    """The first of Python's steps past which the sizes lie on a clear straight line (the module says why).

    The line's offset is free: past the step, the bytes are a line that meets zero at some n > 0.
    """
    for step in PYTHON_STEPS:
        tail = [(n, b + FLOOR_BYTES) for n, b in zip(sizes, extra) if n >= step]
        if len(tail) < TAIL_SIZES:
            return None
        n, y = (np.array(column, dtype=float) for column in zip(*tail))
        line, parabola = _free_offset_error(n, y, n), _free_offset_error(n, y, n * n)
        if TAIL.accepts(line, parabola):
            return step
    return None


def _small_ints_could_explain(sizes: list[int], extra: list[int]) -> bool:
    """Past 256 the memory grows by no more than a list of new integers would: a pointer and a 32-byte object."""
    before = max(i for i, n in enumerate(sizes) if n <= PYTHON_STEPS[0])
    return _bytes_per_item(sizes, extra, before) <= INT_ITEM_BYTES


def _up_to_the_first_step(sizes: list[int], extra: list[int]) -> Fit | None:
    """The sizes up to 256 alone, where no new integer costs an object of its own (an O(n) DP row whose values
    pass 256 at n = 512 otherwise reads O(n^2) from its last size)."""
    head = [(n, b + FLOOR_BYTES) for n, b in zip(sizes, extra) if n <= PYTHON_STEPS[0]]
    if len(head) < MIN_SIZES or head[-1][0] < MIN_SPAN * head[0][0]:
        return None
    return classify([n for n, _ in head], [b for _, b in head], MEMORY, classes=CLASSES)


def _free_offset_error(n: np.ndarray, y: np.ndarray, column: np.ndarray) -> float:
    """Relative RMS error of y ~ a + b column, a of any sign."""
    design = np.column_stack([np.ones_like(n), column]) / y[:, None]
    solution, *_ = np.linalg.lstsq(design, np.ones_like(y), rcond=None)
    return float(np.sqrt(np.mean((1.0 - design @ solution) ** 2)))


def _plateau(sizes: list[int], extra: list[int], depths: list[int]) -> int | None:
    """Where memory stops growing (a table of the 26 letters, full by n = 64): the first of the last sizes, at
    least PLATEAU_SIZES spanning PLATEAU_SPAN, whose bytes stay within FLAT_BYTES and whose call depth is fixed."""
    for start in range(len(sizes) - PLATEAU_SIZES + 1):
        tail_bytes, tail_depths = extra[start:], depths[start:]
        if (sizes[-1] >= PLATEAU_SPAN * sizes[start] and max(tail_bytes) - min(tail_bytes) <= FLAT_BYTES
                and max(tail_depths) == min(tail_depths)):
            return sizes[start]
    return None


def _within_sort_buffer(sizes: list[int], extra: list[int]) -> bool:
    """The memory grows no faster than what a sort of n items holds for itself (SORT_BYTES an item)."""
    return _bytes_per_item(sizes, extra, 0) <= SORT_BYTES


def _bytes_per_item(sizes: list[int], extra: list[int], start: int) -> float:
    """How many bytes the memory grew by for each unit of n, from sizes[start] to the largest size."""
    return (extra[-1] - extra[start]) / (sizes[-1] - sizes[start])


def _sorts(samples: list[Sample]) -> bool:
    return any(name in sample.c_calls for sample in samples for name in SORTS)
