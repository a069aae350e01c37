"""Growing n (judge/complexity/measure.py) ends, whatever shape the problem's inputs grow in.

A fake session answers at once, as a linear solution would, and a fake clock moves only when
the test says: the rules are checked without a sandbox or a timer.
"""

from __future__ import annotations

from types import SimpleNamespace

from judge.backends.schema import Status
from judge.complexity.measure import MEASURE_KEY, Budget, Workload, measure_growth


class LinearSession:
    """Answers every measurement at once: n microseconds a call."""

    def __init__(self):
        self.sizes: list[int] = []

    def run(self, request):
        n = len(request["nums"])
        self.sizes.append(n)
        repeats = request[MEASURE_KEY]["repeats"]
        measure = {"cpu_ns": [n * 1000] * repeats, "lines": None, "trace_ns": None, "c_time": None,
                   "profile_ns": None, "space_bytes": None, "depth": None, "space_ns": None}
        return SimpleNamespace(status=Status.OK, measure=measure, cpu_ms=n * repeats / 1000, detail="")


def stepped_then_capped(calls_allowed=1000):
    """Rows of 100 (a plateau below 100, then steps), capped at 110,000 numbers: the largest n's input is
    also a smaller n's. Past `calls_allowed` it fails, which ends a measurement that would not end."""
    calls = []

    def input_of_size(n, rng):
        calls.append(n)
        if len(calls) > calls_allowed:
            raise RuntimeError(f"asked for {calls_allowed} inputs, the last at n = {n}")
        return {"nums": [1] * min(110_000, max(100, n // 100 * 100))}

    return input_of_size


def test_inputs_that_step_and_then_stop_growing_end_the_measurement_at_the_largest_n():
    clock = iter(range(10**6)).__next__  # a second a call: never out of time before 10^6 calls
    budget = Budget(seconds=10**6, call_ms=10**6, time_limit_s=10**6, max_input_bytes=10**7)
    measured = measure_growth(LinearSession(), Workload(stepped_then_capped()), budget, clock=lambda: clock() * 1e-6)
    assert measured.samples and "stop growing" in measured.stopped



class MicrosecondCallSession:
    """A numpy-like call: 32 us whatever n, so that after n = 4 the cubic guess for n = 8 (0.256 ms) is just
    over the cheap-call bound for measuring space while growing. Records the sizes measured for space."""

    def __init__(self):
        self.spaced_while_growing: list[int] = []

    def run(self, request):
        n, spec = len(request["nums"]), request[MEASURE_KEY]
        measure = {"cpu_ns": [32_000] * spec["repeats"], "lines": None, "trace_ns": None, "c_time": None,
                   "profile_ns": None, "space_bytes": None, "depth": None, "space_ns": None}
        if spec["space"]:
            measure.update(space_bytes=1000 + 8 * n, depth=2, space_ns=300_000)
            if spec["hooked_ms"]:
                self.spaced_while_growing.append(n)
        return SimpleNamespace(status=Status.OK, measure=measure, cpu_ms=0.032 * spec["repeats"] + 0.3, detail="")


def test_a_size_guessed_too_dear_to_measure_for_space_does_not_end_space_for_the_sizes_after_it():
    ticks = iter(range(10**6)).__next__
    session = MicrosecondCallSession()
    measure_growth(session, Workload(lambda n, rng: {"nums": [1] * n}), Budget(), clock=lambda: ticks() * 1e-4)
    assert 4 in session.spaced_while_growing and 8 not in session.spaced_while_growing
    assert max(session.spaced_while_growing) >= 1024, session.spaced_while_growing
