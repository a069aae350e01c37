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

