"""Measuring a submission on growing inputs, in the same sandbox session as its tests.

Sizes are chosen as the run goes: double n while the next call is predicted to
fit the time budget, take smaller steps when growth is steep (an exponential
search would otherwise jump from 0.1 ms to an hour), and stop once the largest
call is long enough to rise clearly above timer noise. When growth is so steep
that few sizes were measurable (2^n jumps from 0.1 ms to 30 ms in a few steps),
sizes in between are filled in afterwards.

Each size is one round trip: the child repeats the call on fresh copies of the
input and reports every CPU time (the minimum is the least disturbed by other
processes) and, while they are affordable, one profiled call that times each C
function and one traced call that counts executed lines
(sandbox/judge_worker/measure.py), and one call measured for space (memory and
call depth). The largest sizes are measured once more at
the end when the budget allows, so one unlucky moment cannot bend the curve.

The budget is wall time, so on a busy machine (the sandbox gets a share of one
core) fewer sizes fit: the run then stops earlier rather than later.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from judge.backends.base import Session, SandboxGone, SandboxTimeout
from judge.backends.schema import Status

MEASURE_KEY = "$measure"  # the reserved input key the child reads (judge_worker.measure.KEY)
MEASURABLE_MS = 0.02  # calls faster than this tell little about growth: timer and cache noise
PLATEAU_SPAN = 64  # inputs that stay the same size while n grows this many times never grow
SPACE_FACTOR = 8.0  # how much dearer the call measured for space is than a plain one, until measured
# The child may spend at least this on a call measured for space: tracemalloc's start and stop cost ~0.3 ms, which a
# prediction from microsecond calls underrates, and a size skipped there ends the series.
MIN_SPACE_ALLOWANCE_MS = 25.0


@dataclass(frozen=True)
class Workload:
    """What to measure: inputs of size n from the problem's trusted generator."""

    input_of_size: Callable[[int, random.Random], dict[str, Any]]
    size: str = "n"  # what n measures, as the problem names it ("len(nums)")
    seed: int = 0

    def input(self, n: int) -> dict[str, Any]:
        """The input of size n: the same on every run (its generator gets a Random seeded by seed and n)."""
        return self.input_of_size(n, random.Random(f"{self.seed}:{n}"))


@dataclass(frozen=True)
class Budget:
    seconds: float = 2.2  # wall time of the whole measurement, round trips included (the last may overshoot)
    call_ms: float = 30.0  # grow until one call takes about this long
    time_limit_s: float = 1.0  # CPU seconds the sandbox allows one case (repeats and trace included)
    repeats: int = 3
    start_n: int = 4
    max_n: int = 1 << 17
    wanted_sizes: int = 6  # sizes with a measurable time; fewer are filled in between
    max_input_bytes: int = 1 << 20  # larger inputs cost more to send than they tell
    trace_share: float = 0.15  # of the remaining budget, at most this much on one size's profiled and traced calls
    space_call_ms: float = 0.25  # while growing, space is measured only where a call takes less than this...
    space_seconds: float = 0.5  # ...and afterwards at larger sizes, in this much wall time beyond the budget


@dataclass(frozen=True)
class Sample:
    n: int
    cpu_ms: tuple[float, ...]  # the call alone, unhooked, one per repeat
    lines: int | None = None  # executed lines in the traced call
    trace_ms: float | None = None
    c_ms: dict[str, float] = field(default_factory=dict)  # C function -> ms inside it, in the profiled call
    c_calls: dict[str, int] = field(default_factory=dict)
    profile_ms: float | None = None
    input_bytes: int = 0
    space_bytes: int | None = None  # the most memory allocated at once in the call, beyond its input and answer
    depth: int | None = None  # the deepest Python call stack in that call
    space_ms: float | None = None  # CPU time of the call measured for space

    @property
    def spaced(self) -> bool:
        return self.space_bytes is not None

    @property
    def best_ms(self) -> float:
        return min(self.cpu_ms)

    @property
    def traced(self) -> bool:
        return self.lines is not None

    @property
    def profiled(self) -> bool:
        return self.profile_ms is not None


@dataclass
class Measurement:
    samples: list[Sample]
    stopped: str  # why the sizes stopped growing, in words
    elapsed_s: float = 0.0
    size: str = "n"

    def sizes(self) -> list[int]:
        return sorted({sample.n for sample in self.samples})

    def merged(self) -> list[Sample]:
        """One sample per size: repeats pooled, the first traced and profiled figures kept."""
        by_n: dict[int, Sample] = {}
        for sample in self.samples:
            known = by_n.get(sample.n)
            if known is None:
                by_n[sample.n] = sample
                continue
            traced = known if known.traced else sample
            profiled = known if known.profiled else sample
            spaced = known if known.spaced else sample
            by_n[sample.n] = Sample(sample.n, known.cpu_ms + sample.cpu_ms, traced.lines, traced.trace_ms,
                                    profiled.c_ms, profiled.c_calls, profiled.profile_ms, known.input_bytes,
                                    spaced.space_bytes, spaced.depth, spaced.space_ms)
        return [by_n[n] for n in sorted(by_n)]


class _Stop(Exception):
    """Growing further is impossible or pointless; the message says why. Fatal: the session is gone."""

    def __init__(self, message: str, fatal: bool = False):
        super().__init__(message)
        self.fatal = fatal


@dataclass(frozen=True)
class _Plan:
    """What one round trip asks of the child."""

    repeats: int
    profile: bool
    trace: bool
    hooked_ms: float = 0.0  # CPU time the child may spend on the profiled and traced calls
    space: bool = False
    space_ms: float = 0.0  # CPU time the child may spend on the call measured for space
    space_factor: float = 0.0  # how much dearer that call is than a plain one, when predicted here (else learnt)


class _Run:
    def __init__(self, session: Session, workload: Workload, budget: Budget, clock: Callable[[], float]):
        self.session = session
        self.workload = workload
        self.budget = budget
        self.clock = clock
        self.started = clock()
        self.samples: list[Sample] = []
        self.profiling = True  # all three stay on while affordable, so their sizes are a prefix of all sizes
        self.tracing = True
        self.spacing = True
        self.overhead_ms = 0.0  # the last round trip's wall time beyond the calls
        self.ceiling: int | None = None  # the smallest size that ran out of time or memory
        self.slowdown = 1.0  # wall time over CPU time: a busy machine gives the sandbox a share of a core
        self.ms_per_byte = 0.0  # sending, decoding and copying the input, beyond the fixed cost
        self.stepped = False  # the problem's inputs stayed flat over some sizes, then grew again

    def remaining_s(self) -> float:
        return self.budget.seconds - (self.clock() - self.started)

    def input_for(self, n: int) -> tuple[dict[str, Any], int]:
        try:
            case_input = self.workload.input(n)
            return case_input, len(json.dumps(case_input, separators=(",", ":")))
        except Exception as error:  # the problem's generator, not the submission: stop and say so
            raise _Stop(f"the problem's input_of_size failed at n = {n}: {type(error).__name__}: {error}") from None

    def take(self, n: int, case_input: dict[str, Any], size_bytes: int, plan: _Plan) -> Sample:
        request = dict(case_input)
        # A CPU alarm a few times the prediction: one badly predicted size (fib jumps 2000-fold from n = 16 to
        # 32) costs milliseconds, not the problem's whole time limit.
        # Each call also decodes its own copy of the input: about 20 ns a byte.
        copies_ms = (plan.repeats + 3) * size_bytes * 2e-5
        expected_ms = max(50.0, 8 * self.predict_ms(n) * plan.repeats) + plan.hooked_ms + plan.space_ms + copies_ms
        allowance_ms = min(1000 * self.budget.time_limit_s * 0.8, 1000 * max(self.remaining_s(), 0.05), expected_ms)
        request[MEASURE_KEY] = {"repeats": plan.repeats, "cpu_ms": allowance_ms, "hooked_ms": plan.hooked_ms,
                                "profile": self.factor("profile_ms", 20.0) if plan.profile else 0,
                                "trace": self.factor("trace_ms", 30.0) if plan.trace else 0,
                                "space": (plan.space_factor or self.factor("space_ms", SPACE_FACTOR)) if plan.space else 0,
                                "space_ms": plan.space_ms}
        sent = self.clock()
        try:
            worker = self.session.run(request)
        except (SandboxTimeout, SandboxGone) as error:
            raise _Stop(f"the sandbox stopped answering at n = {n}", fatal=True) from error
        wall_ms = (self.clock() - sent) * 1000
        if worker.status is not Status.OK or not worker.measure.get("cpu_ns"):
            if worker.status in (Status.TLE, Status.MLE) or worker.detail == "SIGPROF":
                self.ceiling = n if self.ceiling is None else min(self.ceiling, n)
            raise _Stop(_failure(n, worker))
        report = worker.measure
        # The child could forge its figures (it runs the submission); the kernel's total for it caps them.
        cap_ms = max(worker.cpu_ms, 0.001)
        cpu_ms = tuple(min(ns / 1e6, cap_ms) for ns in report["cpu_ns"])
        trace_ms = _ms(report.get("trace_ns"))
        profile_ms = _ms(report.get("profile_ns"))
        space_ms = _ms(report.get("space_ns"))
        c_time = report.get("c_time") or {}
        # Once the child skips a hooked call as too dear, larger sizes skip it too: hooked sizes stay a prefix.
        self.profiling = self.profiling and profile_ms is not None
        self.tracing = self.tracing and trace_ms is not None
        if plan.space:  # a size the plan did not measure for space says nothing of the sizes after it
            self.spacing = self.spacing and space_ms is not None
        call_ms = sum(cpu_ms) + (trace_ms or 0.0) + (profile_ms or 0.0) + (space_ms or 0.0)
        if call_ms < 5.0 and size_bytes < 10_000:  # a quick round trip shows the fixed cost
            self.overhead_ms = max(0.0, wall_ms - call_ms)
        elif call_ms < 5.0:  # a large input with a quick call shows what the input itself costs
            self.ms_per_byte = max(self.ms_per_byte, (wall_ms - call_ms - self.overhead_ms) / size_bytes)
        else:  # a long call shows how much of a core the sandbox gets on this machine now
            self.slowdown = max(1.0, min((wall_ms - self.overhead_ms - self.ms_per_byte * size_bytes) / call_ms,
                                         10.0))
        lines = report.get("lines")
        space_bytes, depth = report.get("space_bytes"), report.get("depth")
        return Sample(n, cpu_ms, int(lines) if lines is not None else None, trace_ms,
                      {str(k): v[1] / 1e6 for k, v in c_time.items()}, {str(k): int(v[0]) for k, v in c_time.items()},
                      profile_ms, size_bytes, int(space_bytes) if space_ms is not None else None,
                      int(depth) if space_ms is not None and depth is not None else None, space_ms)

    def growth_pair(self) -> tuple[tuple[int, float], tuple[int, float]] | None:
        """The largest size measured so far, and one at most 2/3 of it: close sizes are dominated by noise."""
        grown = sorted(self.samples, key=lambda s: s.n)
        if len(grown) < 2:
            return None
        last = grown[-1]
        earlier = [s for s in grown if s.n * 1.4 <= last.n] or grown[:1]
        first = earlier[-1]
        return (first.n, max(first.best_ms, 0.002)), (last.n, max(last.best_ms, 0.002))

    def predict_ms(self, n: int) -> float:
        """A call's CPU time at n, extrapolated from the largest sizes with a safety margin."""
        if not self.samples:
            return 0.0
        pair = self.growth_pair()
        if pair is None:
            return self.samples[-1].best_ms * (n / self.samples[-1].n) ** 3
        (n1, t1), (n2, t2) = pair
        power = math.log(t2 / t1) / math.log(n2 / n1) if n2 > n1 else 1.0
        if power > 4 and n2 > n1:  # steeper than any polynomial we expect: extrapolate as an exponential
            rate = math.log(t2 / t1) / (n2 - n1)
            return t2 * math.exp(min(rate * (n - n2), 50.0)) * 1.5
        return t2 * (max(n, 1) / n2) ** (max(power, 1.0) + 0.3)

    def factor(self, attribute: str, default: float) -> float:
        """How many times slower a hooked call ran than a plain one, at the largest size that tells."""
        known = [s for s in self.samples if getattr(s, attribute) is not None and s.best_ms > 0.05]
        if not known:
            return default
        last = known[-1]
        return max(1.0, getattr(last, attribute) / last.best_ms) * 1.3

    def predict_space_ms(self, best_ms: float) -> float:
        """The call measured for space at a size whose plain call takes `best_ms`, read as a fixed cost plus
        a proportional one: fitted on the last two sizes measured for space, or, after one, the lower of
        "as many times dearer" and "as much dearer, plus the difference at the default factor". Torch's
        profiler (judge_worker.measure.TensorMemory) takes milliseconds to start and stop, which an estimate
        in proportion alone would multiply into seconds; tracemalloc slows allocating code 20-fold and more,
        which a fixed default slope would underrate."""
        spaced = sorted((s for s in self.samples if s.space_ms is not None), key=lambda s: s.n)
        if not spaced:
            return best_ms * self.factor("space_ms", SPACE_FACTOR)
        last = spaced[-1]
        if len(spaced) >= 2 and last.best_ms > spaced[-2].best_ms * 1.5:
            slope = max(1.0, (last.space_ms - spaced[-2].space_ms) / (last.best_ms - spaced[-2].best_ms))
            fixed = max(0.0, last.space_ms - slope * last.best_ms)
            return (fixed + slope * best_ms) * 1.3
        proportional = best_ms * last.space_ms / max(last.best_ms, 1e-6)
        return min(proportional, last.space_ms + max(0.0, best_ms - last.best_ms) * SPACE_FACTOR)

    def plan(self, n: int) -> _Plan:
        call_ms = self.predict_ms(n)
        repeats = self.budget.repeats if call_ms > 1.0 else self.budget.repeats + 2
        hooked_ms = self.hooked_allowance_ms()
        space = self.spacing and call_ms <= self.budget.space_call_ms  # larger sizes wait for measure_space()
        return _Plan(repeats, self.profiling, self.tracing, hooked_ms, space, hooked_ms)

    def hooked_allowance_ms(self) -> float:
        return 1000 * min(self.budget.time_limit_s * 0.25,
                          self.remaining_s() * self.budget.trace_share / self.slowdown)

    def cost_s(self, n: int, repeats: int) -> float:
        last = self.samples[-1] if self.samples else None
        input_ms = self.ms_per_byte * last.input_bytes * n / last.n if last else 0.0
        return (self.predict_ms(n) * repeats * self.slowdown + self.overhead_ms + input_ms + 5.0) / 1000

    def steep(self) -> bool:
        """Growth steeper than n^4 between the last two sizes: exponential, so step n additively."""
        pair = self.growth_pair()
        if pair is None or pair[1][1] < MEASURABLE_MS:
            return False
        (n1, t1), (n2, t2) = pair
        return n2 > n1 and math.log(t2 / t1) / math.log(n2 / n1) > 4

    def next_size(self, n: int) -> int | None:
        """The largest step from n whose predicted cost fits; None when none does."""
        if self.steep():
            # Several sizes before the call grows past the target: each step at most triples the time.
            for step in range(max(1, n // 2), 0, -1):
                if self.predict_ms(n + step) <= 3 * max(self.samples[-1].best_ms, MEASURABLE_MS) \
                        and self.fits(n + step):
                    return n + step
            return n + 1 if self.fits(n + 1) else None
        for factor in (2.0, 1.5, 1.25):
            candidate = min(max(n + 1, int(n * factor)), self.budget.max_n)
            if self.fits(candidate):
                return candidate
        return n + 1 if n < self.budget.max_n and self.fits(n + 1) else None

    def fits(self, n: int) -> bool:
        call_ms = self.predict_ms(n)
        within_limit = call_ms * (self.budget.repeats + 1) < 0.6 * 1000 * self.budget.time_limit_s
        not_overshooting = call_ms < self.budget.call_ms * 4
        return within_limit and not_overshooting and self.cost_s(n, self.budget.repeats) < self.remaining_s() * 0.5

    def grow(self) -> str:
        n = self.budget.start_n
        last: _Extent | None = None  # the last measured input's extent
        seen: _Extent | None = None  # the last input's extent, measured or not
        on_plateau = False
        while True:
            if self.remaining_s() <= 0:  # sizes skipped on a plateau or a step cost time too (generating them)
                return "the time budget"
            case_input, size_bytes = self.input_for(n)
            if size_bytes > self.budget.max_input_bytes:
                return f"inputs past {self.budget.max_input_bytes // 1024} KB cost more to send than they tell"
            extent = _Extent(n, *_extent(case_input))
            if seen is not None and not _grew(seen, extent):
                # Some generators only start growing later (softmax: one row of 100 classes until n = 200):
                # look further before concluding they never do; sizes on the plateau are not measured.
                if n >= min(last.n * PLATEAU_SPAN, self.budget.max_n):
                    # The last size may already have been clamped (asked for 8, given 6): keep only sizes before it.
                    self.samples = [sample for sample in self.samples if sample.n < last.n]
                    return f"the problem's inputs stop growing at n = {last.n}"
                seen, on_plateau = extent, True
                n = min(n * 2, self.budget.max_n)
                continue
            seen = extent
            if on_plateau:
                # The input grew again: the last measured size was on the plateau, its n overstating how small
                # its input was; from here on a size is measured only where its input is not still on a step.
                self.samples = [sample for sample in self.samples if sample.n < last.n]
                on_plateau, self.stepped = False, True
            if self.stepped and self.on_a_step(extent):
                if n >= self.budget.max_n:  # no larger n to step to: the input stopped growing below it
                    return f"the problem's inputs stop growing before n = {n}"
                n = min(max(n + 1, int(n * 1.25)), self.budget.max_n)
                continue
            last = extent
            self.samples.append(self.take(n, case_input, size_bytes, self.plan(n)))
            if self.samples[-1].best_ms >= self.budget.call_ms:
                return f"the largest call took {self.samples[-1].best_ms:.0f} ms"
            if n >= self.budget.max_n:
                return f"n reached {self.budget.max_n}"
            following = self.next_size(n)
            if following is None:
                return "the time budget"
            n = following

    def on_a_step(self, extent: _Extent) -> bool:
        """A generator that grows in steps (rows of 100) gives n's input to a smaller n too: such an n overstates
        the input's size, so it is skipped for one whose input a 20 % smaller n does not already reach."""
        smaller = int(extent.n * 0.8)
        if smaller < 1:
            return False
        case_input, _ = self.input_for(smaller)
        return not _grew(_Extent(smaller, *_extent(case_input)), extent)

    def fill_in(self) -> None:
        """Steep growth left few measurable sizes: measure the midpoints of the largest gaps, largest first."""
        while True:
            measurable = sorted({s.n for s in self.samples if s.best_ms >= MEASURABLE_MS})
            if len(measurable) >= self.budget.wanted_sizes:
                return
            measured = {s.n for s in self.samples}
            above = {self.ceiling} if self.ceiling and self.ceiling > max(measured, default=0) else set()
            sizes = sorted(measured | above)
            gaps = [(low, high) for low, high in zip(sizes, sizes[1:]) if high - low >= 2]
            gaps = [gap for gap in gaps if gap[1] >= (measurable[0] if measurable else sizes[-1])]
            if not gaps:
                return
            low, high = max(gaps, key=lambda gap: (gap[1], gap[1] - gap[0]))
            middle = (low + high) // 2
            upper = next((s for s in self.samples if s.n == high), None)
            lower = next(s for s in self.samples if s.n == low)
            # Growth this steep is convex in log time: the geometric mean bounds the middle's time.
            middle_ms = math.sqrt(max(lower.best_ms, 0.001) * upper.best_ms) if upper else self.predict_ms(middle)
            cost_s = (middle_ms * (self.budget.repeats + 1) * self.slowdown + self.overhead_ms + 5.0) / 1000
            if cost_s > self.remaining_s() * 0.5:
                return
            case_input, size_bytes = self.input_for(middle)
            hooked_ms = self.hooked_allowance_ms()
            # The child skips what it cannot afford.
            plan = _Plan(self.budget.repeats, True, True, hooked_ms, True, hooked_ms)
            try:
                self.samples.append(self.take(middle, case_input, size_bytes, plan))
            except _Stop as stop:
                if stop.fatal or self.ceiling is None or self.ceiling > middle:
                    raise

    def measure_space(self) -> None:
        """Memory grows too little at small sizes to tell O(n) from noise (a slice of 100 is 800 bytes): measure
        space at the larger sizes the timed calls reached without it, smallest first, while the budget allows.
        It comes last, with time of its own: it never takes sizes from the timing."""
        spaced = {s.n for s in self.samples if s.spaced}
        deadline_s = self.remaining_s() + self.budget.space_seconds
        started = self.clock()
        for n in sorted({s.n for s in self.samples} - spaced):
            best_ms = min(s.best_ms for s in self.samples if s.n == n)
            space_ms = self.predict_space_ms(best_ms)
            left_s = deadline_s - (self.clock() - started)
            if ((best_ms + space_ms) * self.slowdown + self.overhead_ms + 5.0) / 1000 > left_s * 0.5:
                return
            case_input, size_bytes = self.input_for(n)
            # The child checks the faster of its two plain calls (a fresh module's first call can be ten times
            # slower: torch's warming up) at the factor this prediction implies.
            plan = _Plan(2, False, False, 0.0, True, max(space_ms * 2, MIN_SPACE_ALLOWANCE_MS),
                         space_factor=space_ms / max(best_ms, 1e-6))
            sample = self.take(n, case_input, size_bytes, plan)
            if not sample.spaced:
                return
            self.samples.append(sample)

    def confirm(self) -> None:
        """Measure the largest sizes once more while the budget allows: minima over two moments in time."""
        largest = sorted({s.n for s in self.samples if s.best_ms >= MEASURABLE_MS}, reverse=True)[:3]
        for n in largest:
            best_ms = min(s.best_ms for s in self.samples if s.n == n)
            if (best_ms * self.budget.repeats * self.slowdown + self.overhead_ms + 5.0) / 1000 > \
                    self.remaining_s() * 0.5:
                return
            case_input, size_bytes = self.input_for(n)
            self.samples.append(self.take(n, case_input, size_bytes, _Plan(self.budget.repeats, False, False)))


def measure_growth(session: Session, workload: Workload, budget: Budget | None = None,
            clock: Callable[[], float] = time.monotonic) -> Measurement:
    """Measure the loaded submission on growing n; never raises for the submission's failures."""
    budget = budget or Budget()
    run = _Run(session, workload, budget, clock)
    try:
        stopped = run.grow()
    except _Stop as stop:
        stopped = str(stop)
        if stop.fatal:
            return Measurement(run.samples, stopped, clock() - run.started, workload.size)
    try:
        run.fill_in()
        run.confirm()
    except _Stop:
        pass  # the sizes measured so far stand
    try:
        run.measure_space()
    except _Stop:
        pass
    return Measurement(run.samples, stopped, clock() - run.started, workload.size)


def _ms(nanoseconds: Any) -> float | None:
    return None if nanoseconds is None else float(nanoseconds) / 1e6


def _extent(value: Any) -> tuple[int, int]:
    """How big an input is: list elements and string characters, and its largest integer (for inputs like n)."""
    elements, largest = 0, 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            elements += len(item)
            stack.extend(item)
        elif isinstance(item, str):
            elements += len(item)
        elif isinstance(item, int) and not isinstance(item, bool):
            largest = max(largest, abs(item))
    return elements, largest


@dataclass(frozen=True)
class _Extent:
    n: int
    elements: int  # list elements and string characters, at every depth (a 2-D array's rows and cells)
    largest: int  # the largest integer, for inputs without elements ({"n": 40})


def _grew(before: _Extent, after: _Extent) -> bool:
    """Did the input grow with n, in any dimension? A generator that clamps n (permutations stop at 6 elements)
    does not. Its elements count, or its largest integer where that carries n ({"coins": [2, 3], "amount": n}):
    random values that happen to come out larger at the next size do not."""
    step = (after.n / before.n - 1) / 4
    if after.elements >= before.elements * (1 + step) > 0:
        return True
    return after.largest >= before.largest * (1 + step) > 0 and after.largest >= after.n / 2


def _failure(n: int, worker) -> str:
    if worker.status is Status.CRASH and worker.detail == "SIGPROF":
        return f"n = {n} needed more CPU time than the measurement allows"
    if worker.status is Status.TLE:
        return f"n = {n} went over the time limit"
    if worker.status is Status.MLE:
        return f"n = {n} went over the memory limit"
    if worker.status is Status.ERROR:
        kind = worker.error.get("type", "an exception")
        return f"n = {n} raised {kind}"
    return f"n = {n} ended with {worker.status}"
