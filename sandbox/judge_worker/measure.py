"""Measuring one call for complexity notes, inside the child (never in the runner).

The host asks for a measurement with the reserved input key `$measure`:
    {"repeats": k, "cpu_ms": alarm, "hooked_ms": allowance, "profile": factor, "trace": factor,
     "space": factor, "space_ms": allowance}
No parameter can carry that name (inputs are keyed by Python identifiers, or
operations/arguments), so it cannot clash with a case.

Only the call is metered: the child's own CPU time also counts the import,
decoding the input and building trees or lists from it, which are O(n) whatever
the algorithm, so an O(log n) search would look O(n). The clock is the calling
thread's (CLOCK_THREAD_CPUTIME_ID): with RLIMIT_CPU set, the kernel's
process-wide CPU clock only advances at scheduler ticks (4 ms here).

Repeats run in fresh module namespaces: a module-level cache (`@cache` on a
top-level helper, a global dict) would make a second call on the same input
nearly free and the minimum a lie. Each repeat re-executes the submission and
rebuilds the arguments from a copy of the input, as a fresh child would, without
paying for another fork and another transfer of a large input.

After the plain calls, one call measures space: tracemalloc's peak over the call
(the arguments are built before tracing starts, so the input is not counted), less
the answer (what the call still holds once it returns, less what stays after the
answer is dropped), and the deepest Python call stack (sys.setprofile): Python 3.11
keeps frames outside the allocators tracemalloc sees, so a recursion's stack shows
only as its depth. With torch preloaded, torch's own allocator is read too.

Then one profiled call times each C function (sys.setprofile: a sort's n log n
apart from the Python loop around it) and one traced call counts executed lines
(sys.settrace: exact and repeatable, where CPU time on a shared machine is noisy).
Each hooked call runs only when the plain calls' fastest time times the host's
estimate of its slowdown fits the allowance: the child knows the call's real time,
the host only a prediction.

The alarm is ITIMER_PROF, whose default action ends the process: a measurement
must stay far below the problem's own time limit, and the runner reports the
child ended by SIGPROF.

Everything reported here comes from the child, where the submission runs: it can
forge its own measurement, so only its own complexity note; the host caps the CPU
times by the kernel's figure for the whole child.
"""

import gc
import json
import signal
import sys
import time
import tracemalloc

from judge_worker.protocol import Status

KEY = "$measure"
MAX_REPEATS = 15
TOP_C_FUNCTIONS = 8  # the C functions with the most time; the rest are dropped

# Captured at import, before any submission runs.
_thread_ns = time.thread_time_ns
_clock_ns = time.perf_counter_ns
_settrace = sys.settrace
_setprofile = sys.setprofile
_collect = gc.collect
_copy = json.JSONDecoder().decode
_flat = json.JSONEncoder(separators=(",", ":")).encode
_trace_start = tracemalloc.start
_trace_stop = tracemalloc.stop
_traced = tracemalloc.get_traced_memory


class Meter:
    """Wraps the call proper (arguments already built) in one of four modes.

    "time": CPU nanoseconds only. "profile": CPU time inside each C function
    (sys.setprofile; the hook runs on calls only, so a loop without calls pays
    nothing). "trace": executed lines (sys.settrace; every line pays). "space":
    tracemalloc's peak and the deepest call stack; tracing stays on after the
    call, so that the caller can see what the answer held (answer_bytes).
    """

    def __init__(self, mode):
        self.mode = mode
        self.cpu_ns = 0
        self.lines = 0
        self.by_function = {}  # profile: C function -> [calls, ns inside them] (outermost C calls only)
        self.peak_bytes = 0  # space: the most memory allocated at once during the call
        self.held_bytes = 0  # space: what was still allocated when the call returned (the answer, caches)
        self.depth = [0, 0]  # space: the current and the deepest Python call depth
        self.tensor_held_bytes = 0  # space: torch's memory still allocated when the call returned (the answer)

    def __call__(self, run):
        if self.mode == "space":
            return self._measure_space(run)
        hook = {"trace": self._trace_hook, "profile": self._profile_hook}.get(self.mode)
        install = _settrace if self.mode == "trace" else _setprofile
        start = _thread_ns()
        if hook is not None:
            install(hook())
        try:
            return run()
        finally:
            if hook is not None:
                install(None)
            self.cpu_ns = _thread_ns() - start

    def _measure_space(self, run):
        start = _thread_ns()
        tensors = TensorMemory.start()
        _trace_start()
        _setprofile(self._depth_hook())
        try:
            return run()
        finally:
            _setprofile(None)
            end = _thread_ns()
            _, self.peak_bytes = _traced()
            # Garbage in cycles the call left (a recursive closure and all it holds) is not the answer:
            # counted as held, it would be subtracted from the peak as if it were.
            _collect()
            self.held_bytes, _ = _traced()
            if tensors is not None:
                self.tensor_held_bytes, tensor_peak = tensors.stop()
                self.peak_bytes += tensor_peak
            self.cpu_ns = end - start

    def _depth_hook(self):
        depth = self.depth

        def on_profile(frame, event, arg):
            if event == "call":
                depth[0] += 1
                if depth[0] > depth[1]:
                    depth[1] = depth[0]
            elif event == "return":
                depth[0] -= 1

        return on_profile

    def _trace_hook(self):
        def on_line(frame, event, arg):
            if event == "line":
                self.lines += 1
            return on_line

        def on_call(frame, event, arg):
            self.lines += 1  # a call is work too: a recursion with one-line bodies still counts
            return on_line

        return on_call

    def _profile_hook(self):
        """Times C calls with the monotonic clock: the thread CPU clock is a system call, 20 times dearer.

        Functions are keyed by the object and named at the end, so the hook stays cheap.
        """
        depth, entered, function = 0, 0, None
        by_function = {}

        def on_profile(frame, event, arg):
            nonlocal depth, entered, function
            if event == "c_call":
                if depth == 0:
                    function = arg
                    entered = _clock_ns()
                depth += 1
            elif event in ("c_return", "c_exception") and depth:
                depth -= 1
                if depth == 0:
                    spent = _clock_ns() - entered
                    record = by_function.get(function)
                    if record is None:
                        by_function[function] = [1, spent]
                    else:
                        record[0] += 1
                        record[1] += spent

        self.by_function = by_function
        return on_profile

    def named_c_time(self):
        named = {}
        for function, (calls, spent) in self.by_function.items():
            name = str(getattr(function, "__qualname__", None) or "?")
            record = named.setdefault(name, [0, 0])
            record[0] += calls
            record[1] += spent
        return named


def measure(case_input, spec, load, call):
    """Run the call `repeats` times unhooked, then profiled, traced and for space if asked; return the result message.

    `load()` returns a fresh module (or raises), `call(module, case_input, meter)` runs one case.
    """
    repeats = max(1, min(int(spec.get("repeats", 1)), MAX_REPEATS))
    if spec.get("cpu_ms"):
        signal.setitimer(signal.ITIMER_PROF, max(float(spec["cpu_ms"]), 1.0) / 1000)
    text = _flat(case_input)
    report = {"cpu_ns": [], "lines": None, "trace_ns": None, "c_time": None, "profile_ns": None,
              "space_bytes": None, "depth": None, "space_ns": None}
    allowance_ns = float(spec.get("hooked_ms") or 0) * 1e6
    space_allowance_ns = float(spec.get("space_ms") or 0) * 1e6
    # Space before the hooked calls: a profile hook's first sight of a function allocates for good (CPython
    # 3.11's line tables, about 400 bytes each), so a space call after them reads less than one in a child
    # that measures space alone (measure_space on the host), and the series would step between the two.
    for mode in ["time"] * repeats + ["space", "profile", "trace"]:
        if mode != "time":
            factor = float(spec.get(mode) or 0)
            cost_ns = min(report["cpu_ns"]) * factor
            if not factor or cost_ns > (space_allowance_ns if mode == "space" else allowance_ns):
                continue
            if mode != "space":
                allowance_ns -= cost_ns
        module = load()
        fresh = _copy(text)
        meter = Meter(mode)
        _collect()
        try:
            call(module, fresh, meter)
        finally:
            if mode == "space":
                answer_bytes = _answer_bytes(meter)
        if mode == "time":
            report["cpu_ns"].append(meter.cpu_ns)
        elif mode == "profile":
            top = sorted(meter.named_c_time().items(), key=lambda item: -item[1][1])[:TOP_C_FUNCTIONS]
            report.update(c_time={str(k): v for k, v in top}, profile_ns=meter.cpu_ns)
        elif mode == "trace":
            report.update(lines=meter.lines, trace_ns=meter.cpu_ns)
        else:
            report.update(space_bytes=max(0, meter.peak_bytes - answer_bytes), depth=meter.depth[1],
                          space_ns=meter.cpu_ns)
    return {"status": Status.OK.value, "value": None, "measure": report}


class TensorMemory:
    """torch's CPU allocator, which tracemalloc does not see: its allocations and frees during the call,
    from torch's profiler (profile_memory). Their running sum's most is the call's peak in tensors;
    what is left at the end is the answer's (a tensor the call returns)."""

    def __init__(self, profile):
        self.profile = profile

    @classmethod
    def start(cls):
        """Profiling tensor memory, or None when torch was not preloaded (a numpy problem)."""
        torch = sys.modules.get("torch")
        if torch is None:
            return None
        from torch.profiler import ProfilerActivity, profile

        session = profile(activities=[ProfilerActivity.CPU], profile_memory=True)
        session.__enter__()
        return cls(session)

    def stop(self):
        """(bytes still allocated at the end, the most allocated at once)."""
        self.profile.__exit__(None, None, None)
        events = [event for event in self.profile.profiler.kineto_results.events() if event.name() == "[memory]"]
        allocated = peak = 0
        for event in sorted(events, key=lambda event: event.start_us()):
            allocated += event.nbytes()
            peak = max(peak, allocated)
        return max(0, allocated), peak


def _answer_bytes(meter):
    """What the answer held: the memory still allocated when the call returned, less what stays once the answer
    (dropped by now: the measured call's answer is not kept) and the garbage are gone. What stays is the
    submission's own (a module-level cache): that counts as space it used."""
    try:
        _collect()
        remaining, _ = _traced()
        return max(0, meter.held_bytes - remaining) + meter.tensor_held_bytes
    finally:
        _trace_stop()
