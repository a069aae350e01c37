"""The sandbox's runner: receives cases from the host and runs each in a fresh child.

The runner never imports the submission. It forks one child per case (keeping the
next child forked in advance, so the fork overlaps the host's own work), gives the
child hard kernel limits, and learns how it ended from wait4: exact CPU time, peak
memory, and the cause of death, none of which the submission can forge.

In the Docker sandbox the runner is PID 1 of the container, which buys three
things: the kernel ignores signals from the submission to PID 1, `kill(-1)` sweeps
every process the submission left behind, and no other process (such as an init
shim) holds the container's stdout where the submission could reach it through
/proc. The runner also makes itself non-dumpable so /proc/1 is closed to the child.
"""

import ctypes
import fcntl
import gc
import json
import math
import os
import resource
import select
import signal
import sys
import time

from judge_worker import child
from judge_worker import frames

PR_SET_DUMPABLE = 4
PR_SET_PDEATHSIG = 1
READ_CHUNK = 64 * 1024  # a pipe's capacity; a larger read would mmap and unmap a buffer every time
STDOUT_PREVIEW = 4096
STACK_BYTES = 112 * 1024 * 1024
RECURSION_LIMIT = 100_000
SHORT_MESSAGE = 64  # bytes: a message this short is one of a few the host repeats
PERSISTENT_CPU_BUDGET_S = 600  # a persistent child's cases are timed one by one; this only caps the total
EXIT_BROKEN_RUNTIME = 70  # the child's own code failed: the submission broke builtins or the stdlib
OOM_CONTROL = "/sys/fs/cgroup/memory/memory.oom_control"
NO_PROCESS = {"status": "crash", "signal": "no process could be started for the case: the submission's "
              "processes filled the container's process limit", "cpu_ms": 0, "wall_ms": 0, "peak_kb": 0}
PIDS_CURRENT = "/sys/fs/cgroup/pids/pids.current"
IS_INIT = os.getpid() == 1


def become_nondumpable():
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except OSError:
        pass


def virtual_memory_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1])
    return 0


class ChildMeters:
    """One child's CPU time, CPU wait and peak memory, read without opening a file per case.

    The property search asks for these after every example, so each read must cost
    a microsecond, not an open() of a /proc file: the CPU clock is the kernel's
    per-process clock (clock_getcpuclockid(3), nanosecond precision, unlike the
    tick-based /proc/PID/stat), the others pread()s of files kept open.
    """

    def __init__(self, pid, persistent):
        self.cpu_clock = ((~pid) << 3) | 2  # CPUCLOCK_SCHED of the whole process, as glibc builds it
        self.schedstat = _open_or_none(f"/proc/{pid}/schedstat")
        # Peak memory and threads are asked of a reused child only: a fresh one reports through wait4.
        self.status = _open_or_none(f"/proc/{pid}/status") if persistent else None
        self.stat = _open_or_none(f"/proc/{pid}/stat") if persistent else None

    def cpu_s(self):
        try:
            return time.clock_gettime(self.cpu_clock)
        except OSError:
            return 0.0

    def run_delay_s(self):
        """Seconds the child has spent runnable but waiting for a CPU: a busy machine or the CPU quota.

        Sleeping is not waiting for a CPU, so a wall limit extended by this still
        catches `time.sleep`, while a slow but honest child on a crowded machine is
        not called too slow.
        """
        try:
            return int(os.pread(self.schedstat, 128, 0).split()[1]) / 1e9
        except (OSError, TypeError, ValueError, IndexError):
            return 0.0

    def peak_kb(self):
        """The child's peak resident memory so far (VmHWM): for a persistent child, over every case it ran."""
        try:
            status = os.pread(self.status, 8192, 0)
            start = status.index(b"VmHWM:") + 6
            return int(status[start:status.index(b"kB", start)])
        except (OSError, TypeError, ValueError):
            return 0

    def threads(self):
        """How many threads the child runs now (field 20 of /proc/PID/stat)."""
        try:
            return int(os.pread(self.stat, 1024, 0).rsplit(b")", 1)[1].split()[17])
        except (OSError, TypeError, ValueError, IndexError):
            return 1

    def close(self):
        for fd in (self.schedstat, self.status, self.stat):
            if fd is not None:
                os.close(fd)
        self.schedstat = self.status = self.stat = None


def _open_or_none(path):
    try:
        return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None


def oom_kills():
    try:
        with open(OOM_CONTROL) as control:
            for line in control:
                if line.startswith("oom_kill "):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Limits:
    def __init__(self, spec):
        self.cpu_s = float(spec["cpu_s"])
        self.wall_s = float(spec["wall_s"])
        self.wall_cap_s = float(spec.get("wall_cap_s", self.wall_s))
        self.memory_bytes = int(spec["memory_mb"]) * 1024 * 1024
        self.output_bytes = int(spec["output_bytes"])


class WallClock:
    """A case's wall-clock deadline: the wall limit plus the time the child waited for a CPU, up to a cap."""

    def __init__(self, meters, started, limits):
        self.meters = meters
        self.started = started
        self.limits = limits
        self.delay_before_s = meters.run_delay_s()

    def remaining(self):
        now = time.monotonic()
        deadline = self.started + self.limits.wall_s
        if now >= deadline:
            deadline = self.started + min(self.limits.wall_s + self.waited_s(), self.limits.wall_cap_s)
        return deadline - now

    def waited_s(self):
        return self.meters.run_delay_s() - self.delay_before_s

    def why_over(self):
        """"busy" when waiting for a CPU, not sleeping, ran the clock out: the machine's fault, not the code's."""
        return "busy" if self.limits.wall_s + self.waited_s() >= self.limits.wall_cap_s else "wall"


class Child:
    """A forked child waiting for its case, and the runner's ends of its descriptors."""

    def __init__(self, request, limits, numpy_module, persistent=False):
        self.limits = limits
        self.persistent = persistent
        self.cpu_before_s = 0.0  # a persistent child's CPU time before its current case
        input_read, self.input_write = os.pipe()
        self.result_read, result_write = os.pipe()
        self.stdout_file = os.memfd_create("submission-output", 0)
        if persistent:  # the child's writes follow truncation between cases
            fcntl.fcntl(self.stdout_file, fcntl.F_SETFL, os.O_APPEND)
        address_space = virtual_memory_kb() * 1024 + limits.memory_bytes
        try:
            self.pid = os.fork()
        except OSError:
            for fd in (input_read, self.input_write, self.result_read, result_write, self.stdout_file):
                os.close(fd)
            raise
        if self.pid == 0:
            try:
                self._become_child(input_read, result_write, address_space)
                child.main(request, 3, 4, numpy_module, persistent)
            finally:
                os._exit(EXIT_BROKEN_RUNTIME)
        os.close(input_read)
        os.close(result_write)
        self.pidfd = os.pidfd_open(self.pid)
        self.meters = ChildMeters(self.pid, persistent)
        if persistent:
            os.set_blocking(self.input_write, False)
            self.poller = select.poll()
            self.poller.register(self.pidfd, select.POLLIN)
            self.poller.register(self.result_read, select.POLLIN)
        # Read once, not per case: any OOM kill from now on is this child's (leftovers are swept first).
        self.oom_before = oom_kills()
        self.alive = True

    def _become_child(self, input_read, result_write, address_space):
        gc.enable()  # the submission's cycles are collected as in any Python process
        os.setsid()
        # If the runner dies (the local backend's host killed it), the child dies with it.
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        # Move the pipes out of the way first so the dup2s below cannot clobber each other.
        input_read = fcntl.fcntl(input_read, fcntl.F_DUPFD, 100)
        result_write = fcntl.fcntl(result_write, fcntl.F_DUPFD, 100)
        stdout_file = fcntl.fcntl(self.stdout_file, fcntl.F_DUPFD, 100)
        for number in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE, signal.SIGXCPU, signal.SIGXFSZ):
            signal.signal(number, signal.SIG_DFL)
        devnull = os.open("/dev/null", os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(stdout_file, 1)
        os.dup2(stdout_file, 2)
        os.dup2(input_read, 3)
        os.dup2(result_write, 4)
        os.closerange(5, 1 << 16)
        cpu = max(1, math.ceil(self.limits.cpu_s)) + (PERSISTENT_CPU_BUDGET_S if self.persistent else 0)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.limits.output_bytes, self.limits.output_bytes))
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        # LeetCode allows deep recursion; so do we. The main thread's stack grows on
        # demand up to RLIMIT_STACK, and Linux leaves at least 128 MB below it.
        _, stack_hard = resource.getrlimit(resource.RLIMIT_STACK)
        stack = STACK_BYTES if stack_hard == resource.RLIM_INFINITY else min(STACK_BYTES, stack_hard)
        resource.setrlimit(resource.RLIMIT_STACK, (stack, stack_hard))
        sys.setrecursionlimit(RECURSION_LIMIT)

    def run(self, case_frame):
        """Hand the child its case (a frame, forwarded unread) and wait for it to end; return the result message."""
        pending = memoryview(case_frame)
        os.set_blocking(self.input_write, False)
        answer = bytearray()
        started = time.monotonic()
        clock = WallClock(self.meters, started, self.limits)
        wall_exceeded = ""  # or why the wall clock ran out: "wall" (sleeping) or "busy"
        poller = select.poll()
        poller.register(self.pidfd, select.POLLIN)
        poller.register(self.result_read, select.POLLIN)
        poller.register(self.input_write, select.POLLOUT)
        exited = False
        while not exited:
            remaining = clock.remaining()
            if remaining <= 0:
                wall_exceeded = clock.why_over()
                self.kill()
                break
            for fd, _ in poller.poll(remaining * 1000):
                if fd == self.input_write:
                    pending = self._send(pending, poller)
                elif fd == self.result_read:
                    self._receive(answer, poller)
                elif fd == self.pidfd:
                    exited = True
        return self._ended(answer, started, wall_exceeded)

    def _ended(self, answer, started, wall_exceeded):
        """The child has exited (or been killed): reap it and say how its case ended."""
        _, status, usage = os.wait4(self.pid, 0)
        self.alive = False
        wall_ms = (time.monotonic() - started) * 1000
        self._drain(answer)
        try:
            return self._classify(status, usage, bytes(answer), wall_ms, wall_exceeded, oom_kills() > self.oom_before)
        finally:
            self.close_pipes()

    def run_again(self, case_frame, memory=False):
        """A persistent child: send one more case and wait for its one answer frame.

        Used by the property search, where a fork per example would cost more than
        the example, so this path is kept lean: one poll object per child, no
        decoding of either frame, no per-case /proc reads beyond the CPU-wait clock.
        Returns (measurements, the child's answer frame to forward unread, or None
        when the measurements alone are the result). The host parses the answer; it
        can forge nothing measured here, because those fields travel in the runner's
        own frame and override the child's. A child whose case does not end "ok"
        exits by itself and is reaped when the next case finds it gone. `memory`
        asks for the peak memory too (a /proc read the property search skips).
        """
        started = time.monotonic()
        clock = WallClock(self.meters, started, self.limits)
        self.cpu_before_s = self.meters.cpu_s()
        # RLIMIT_CPU counts a reused child's whole life, so this case's CPU limit is watched here:
        # the clock is read only once as much wall time as CPU time is left has passed.
        cpu_check_at = started + self.limits.cpu_s
        pending = memoryview(case_frame)[self._write_some(case_frame):]
        if pending:
            self.poller.register(self.input_write, select.POLLOUT)
        answer = bytearray()
        while not _complete_frame(answer):
            remaining = clock.remaining()
            if remaining <= 0:
                why = clock.why_over()
                self.kill()
                return self._ended(answer, started, why), None
            now = time.monotonic()
            if now >= cpu_check_at:
                cpu_left = self.limits.cpu_s - (self.meters.cpu_s() - self.cpu_before_s)
                if cpu_left <= 0:
                    self.kill()
                    return self._ended(answer, started, "cpu"), None
                cpu_check_at = now + cpu_left
            for fd, _ in self.poller.poll(min(remaining, cpu_check_at - now) * 1000 + 1):
                if fd == self.input_write:
                    pending = pending[self._write_some(pending):]
                    if not pending:
                        self.poller.unregister(self.input_write)
                elif fd == self.result_read:
                    answer.extend(os.read(self.result_read, READ_CHUNK))
                elif fd == self.pidfd and not _complete_frame(answer):
                    return self._ended(answer, started, ""), None
        wall_ms = (time.monotonic() - started) * 1000
        cpu_s = self.meters.cpu_s() - self.cpu_before_s
        output_size = os.fstat(self.stdout_file).st_size
        measured = {"cpu_ms": round(cpu_s * 1000, 3), "wall_ms": round(wall_ms, 3),
                    "peak_kb": self.meters.peak_kb() if memory else 0,
                    "output_bytes": output_size, "stdout": ""}
        if output_size:
            measured["stdout"] = self._stdout_preview()
            os.ftruncate(self.stdout_file, 0)
        if cpu_s > self.limits.cpu_s:
            self.discard()
            return dict(measured, status="tle", reason="cpu"), None
        if output_size >= self.limits.output_bytes:
            self.discard()
            return dict(measured, status="ole", reason="output"), None
        if not _exactly_one_frame(answer):  # bytes the submission wrote to the runner's pipe itself
            self.discard()
            return dict(measured, status="crash", signal="garbled answer"), None
        return measured, answer

    def _write_some(self, pending):
        try:
            return os.write(self.input_write, pending)
        except BlockingIOError:
            return 0
        except BrokenPipeError:
            return len(pending)

    def _send(self, pending, poller):
        """Write what the pipe takes now; close it once the whole case is sent or the child is gone."""
        try:
            pending = pending[os.write(self.input_write, pending):]
        except BlockingIOError:
            return pending
        except BrokenPipeError:
            pending = pending[:0]
        if not pending:
            poller.unregister(self.input_write)
            os.close(self.input_write)
            self.input_write = None
        return pending

    def _receive(self, answer, poller):
        chunk = os.read(self.result_read, READ_CHUNK)
        if chunk and len(answer) < frames.MAX_FRAME:
            answer.extend(chunk)
        elif not chunk:
            poller.unregister(self.result_read)

    def _drain(self, answer):
        os.set_blocking(self.result_read, False)
        while len(answer) < frames.MAX_FRAME:
            try:
                chunk = os.read(self.result_read, READ_CHUNK)
            except BlockingIOError:
                break
            if not chunk:
                break
            answer.extend(chunk)

    def _classify(self, status, usage, answer, wall_ms, wall_exceeded, oom_killed):
        cpu_s = usage.ru_utime + usage.ru_stime - self.cpu_before_s
        output_size = os.fstat(self.stdout_file).st_size
        measured = {"cpu_ms": round(cpu_s * 1000, 3), "wall_ms": round(wall_ms, 3),
                    "peak_kb": usage.ru_maxrss, "output_bytes": output_size, "stdout": self._stdout_preview()}
        result = self._parse(answer)
        if wall_exceeded or cpu_s > self.limits.cpu_s:
            return dict(measured, status="tle", reason=wall_exceeded or "cpu")
        if os.WIFSIGNALED(status):
            number = os.WTERMSIG(status)
            if number == signal.SIGXCPU:
                return dict(measured, status="tle", reason="cpu")
            if number == signal.SIGXFSZ or output_size >= self.limits.output_bytes:
                return dict(measured, status="ole", reason="output")
            if number == signal.SIGKILL and oom_killed:
                return dict(measured, status="mle", reason="oom")
            return dict(measured, status="crash", signal=signal.Signals(number).name)
        if output_size >= self.limits.output_bytes:
            return dict(measured, status="ole", reason="output")
        if result is None and os.WEXITSTATUS(status) == EXIT_BROKEN_RUNTIME:
            return dict(measured, status="crash", signal="broken runtime")
        if result is None:
            return dict(measured, status="crash", exit_code=os.WEXITSTATUS(status))
        if result.get("status") == "error" and result.get("error", {}).get("type") == "MemoryError":
            return dict(measured, status="mle", reason="MemoryError", error=result["error"])
        return dict(result, **measured)

    @staticmethod
    def _parse(answer):
        """The child's result message (its last frame), or None unless the bytes are whole frames ending in a result."""
        try:
            result = frames.decode_last(answer)
        except (ValueError, UnicodeDecodeError):
            return None
        return result if isinstance(result, dict) and "status" in result else None

    def _stdout_preview(self):
        return os.pread(self.stdout_file, STDOUT_PREVIEW, 0).decode("utf-8", "replace")

    def kill(self):
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def close_pipes(self):
        self.meters.close()
        for name in ("input_write", "result_read", "pidfd", "stdout_file"):
            fd = getattr(self, name)
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
                setattr(self, name, None)

    def discard(self):
        if not self.alive:
            return
        self.kill()
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.alive = False
        self.close_pipes()


def _measurements_frame(measured):
    """The runner's frame before a forwarded answer: {"op": "result", "answer_follows": true, ...measured}.

    Written out by hand when the case printed nothing, the common case, as it is
    built for every property example; json builds the rest.
    """
    if measured["stdout"]:
        return frames.encode(dict(measured, op="result", answer_follows=True))
    body = (b'{"op":"result","answer_follows":true,"cpu_ms":%r,"wall_ms":%r,"peak_kb":%d,"output_bytes":%d,'
            b'"stdout":""}' % (measured["cpu_ms"], measured["wall_ms"], measured["peak_kb"], measured["output_bytes"]))
    return frames.HEADER.pack(len(body)) + body


def _complete_frame(data):
    if len(data) < frames.HEADER.size:
        return False
    (size,) = frames.HEADER.unpack_from(data)
    return len(data) >= frames.HEADER.size + size


def _exactly_one_frame(data):
    (size,) = frames.HEADER.unpack_from(data)
    return size <= frames.MAX_FRAME and len(data) == frames.HEADER.size + size


def sweep_leftovers(child_pid):
    """Kill whatever the last case left running: threads die with the child, processes here."""
    if IS_INIT:
        for _ in range(100):
            try:
                os.kill(-1, signal.SIGKILL)
            except ProcessLookupError:
                pass
            if not _reap_all():
                return
    elif child_pid is not None:
        try:
            os.killpg(child_pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _reap_all():
    """Reap every exited child; return True while any child remains."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return False
        if pid == 0:
            time.sleep(0.001)
            return True


class Runner:
    def __init__(self, channel_in, channel_out, preload_ms=0.0):
        self.read = channel_in.read
        self.out = channel_out
        self.preload_ms = preload_ms
        self.request = None
        self.limits = None
        self.numpy = None
        self.spare = None
        self.persistent = None
        self.spare_exposed = False
        self.strays = Strays()
        self.short_messages = {}

    def send(self, message):
        self.out.write(frames.encode(message))

    def serve(self):
        try:
            while True:
                message = self.next_message()
                if message is None or message.get("op") == "exit":
                    break
                try:
                    self.handle(message)
                except Exception as error:  # the runner's own fault: say so, never guess a verdict
                    self.send({"op": "internal_error", "message": f"{type(error).__name__}: {error}"})
        finally:
            for spare in (self.spare, self.persistent):
                if spare is not None:
                    spare.discard()
            sweep_leftovers(None)

    def next_message(self):
        """The host's next message. Short ones repeat (a case's header precedes every property
        example), so each distinct one is decoded once; handle() only reads messages."""
        parts = frames.read_parts(self.read)
        if parts is None:
            return None
        body = parts[1]
        if len(body) > SHORT_MESSAGE:
            return json.loads(body)
        message = self.short_messages.get(body)
        if message is None:
            message = self.short_messages[body] = json.loads(body)
        return message

    def handle(self, message):
        if message["op"] == "load":
            self.load(message)
        elif message["op"] == "reset":
            self.fresh_start()  # the next reused case starts a persistent child afresh
            self.send({"op": "reset"})
        elif message["op"] == "case":
            # The case's input follows in a frame of its own, which only the child decodes.
            case_frame = frames.read_raw(self.read)
            if case_frame is None:
                raise ValueError("the channel closed before the case's input arrived")
            if message.get("reuse"):
                self.run_case_reusing(case_frame, bool(message.get("memory")))
            else:
                self.run_case(case_frame)
        else:
            raise ValueError(f"unknown op {message['op']!r}")

    def load(self, message):
        self.request = message
        self.limits = Limits(message["limits"])
        if "numpy" in message.get("preload", []):
            import numpy
            self.numpy = numpy
        gc.freeze()  # children share the runner's objects: no collector pass copies their pages
        gc.disable()  # the runner makes no reference cycles worth a pass between cases; children re-enable it
        # No spare yet: cases start in the reused child, and a spare would run the submission's
        # import-time code a second time, alongside it.
        self.send({"op": "ready", "python": sys.version.split()[0],
                   "numpy": getattr(self.numpy, "__version__", None), "preload_ms": round(self.preload_ms, 1),
                   "init": IS_INIT})

    def run_case(self, case_frame):
        """Run one case in a fresh child, answer the host, then clean up and fork the next child while it compares."""
        if self.spare_exposed:
            self.fresh_start()
        current = self.spare or self.fork_child()
        self.spare = None
        if current is None:
            self.send(dict(NO_PROCESS, op="result"))
            return
        result = current.run(case_frame)
        self.send(dict(result, op="result"))
        sweep_leftovers(current.pid)
        self.spare = self.fork_child()  # while the host compares: fresh cases come in runs (confirmations, measuring)

    def run_case_reusing(self, case_frame, memory=False):
        """The fast path: one persistent child answers case after case until one fails."""
        if self.persistent is None or not self.persistent.alive:
            self.persistent = self.fork_child(persistent=True)
            if self.persistent is None:
                self.send(dict(NO_PROCESS, op="result"))
                return
        self.spare_exposed = True  # the reused child can signal the spare; a fresh case forks anew
        result, answer = self.persistent.run_again(case_frame, memory)
        if answer is None:
            self.send(dict(result, op="result"))
        else:
            self.out.write(_measurements_frame(result) + answer)
        self.tidy_after_reused_case()

    def tidy_after_reused_case(self):
        """While the host compares: replace a child that left threads running, kill processes it left.

        Threads left running would bill their CPU time to the next cases (the answer
        just sent stands); a forked daemon would outlive the case. Both show as more
        tasks in the container than the runner, the reused child and the spare, so one
        read of the pids cgroup settles the common case.
        """
        if not self.persistent.alive:
            self.fresh_start()
            return
        keep = {1, os.getpid(), self.persistent.pid, *([self.spare.pid] if self.spare else [])}
        if not self.strays.more_tasks_than(keep):
            return
        if self.persistent.meters.threads() > 1:
            self.fresh_start()
            return
        self.strays.sweep(keep)

    def fresh_start(self):
        """Nothing a reused child did survives: it, the spare and every stray process go (a fresh case forks anew)."""
        self.discard_persistent()
        if self.spare is not None:
            self.spare.discard()
        sweep_leftovers(None)
        self.spare = None  # forked when a fresh case asks for one
        self.spare_exposed = False

    def fork_child(self, persistent=False):
        """A new child, or None when the container has no process left to give (the pids limit).

        What fills the limit is the submission's own doing (a fork bomb, perhaps at import
        time in a spare): everything but the runner is killed and the fork tried once more.
        """
        for attempt in range(2):
            try:
                return Child(self.request, self.limits, self.numpy, persistent=persistent)
            except OSError:
                if attempt == 0:
                    for child in (self.spare, self.persistent):
                        if child is not None:
                            child.discard()
                    self.spare = self.persistent = None
                    sweep_leftovers(None)
        return None

    def discard_persistent(self):
        if self.persistent is not None:
            self.persistent.discard()
            self.persistent = None


class Strays:
    """Processes a reused child's case left running (a daemon it forked), killed before its next case.

    Checked after every reused case, so the check must be cheap: the container's
    pids cgroup counts its tasks in one pread(); only a count above the runner, the
    reused child and the spare (or a threaded child) costs a scan of /proc.
    """

    def __init__(self):
        self.counter = _open_or_none(PIDS_CURRENT) if IS_INIT else None

    def more_tasks_than(self, keep):
        """True unless the container runs no task beyond the processes in `keep` (True when it cannot tell)."""
        if self.counter is None:
            return True
        try:
            return int(os.pread(self.counter, 32, 0)) > len(keep)
        except (OSError, ValueError):
            return True

    def sweep(self, keep):
        """Kill every process not in `keep` (the runner's pids included)."""
        if not IS_INIT:
            return  # the local backend: the reused child's process group goes when the child does
        for name in os.listdir("/proc"):  # lists processes only, not their threads
            if name.isdigit() and int(name) not in keep:
                try:
                    os.kill(int(name), signal.SIGKILL)
                except ProcessLookupError:
                    pass
        _reap_strays(keep)


def _reap_strays(keep):
    """Reap killed strays that had become the runner's children, never a child it still uses."""
    while True:
        try:
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return
        if info is None or info.si_pid in keep:
            return
        try:
            os.waitpid(info.si_pid, 0)
        except ChildProcessError:
            return


def parse_arguments(argv):
    """`[--cpu N] [--preload MODULE]... [--channel IN OUT]` -> (cpu or None, modules, [IN, OUT] or [])."""
    cpu, modules, channel = None, [], []
    argv = list(argv)
    while argv:
        option = argv.pop(0)
        if option == "--cpu":
            cpu = int(argv.pop(0))
        elif option == "--preload":
            modules.append(argv.pop(0))
        elif option == "--channel":
            channel = [argv.pop(0), argv.pop(0)]
        else:
            raise SystemExit(f"unknown argument {option!r}")
    return cpu, modules, channel


def preload(modules):
    """Import numpy before saying hello, and say how long it took (ms): the import (0.1-0.3 s)
    then overlaps the host's own start-up, in practice mode it is done while the container
    waits warm, and every child has it already. It is the submission's own cost when the
    submission imports numpy itself, which the host can tell and a benchmark must."""
    started = time.perf_counter()
    if "numpy" in modules:
        import numpy  # noqa: F401
    return (time.perf_counter() - started) * 1000


def share_cpu(cpu):
    """Run on the one CPU the host's judging thread also uses.

    A round trip is four pipe hops (host, runner, child, runner, host); on a virtual
    machine a wake-up on another CPU costs tens to hundreds of microseconds, on the
    same CPU a few. The protocol is strictly one side at a time, so sharing a CPU
    costs no parallelism. Children inherit it; a submission may change its own
    affinity, which only makes its own answers slower.
    """
    if cpu is None:
        return
    try:
        os.sched_setaffinity(0, {cpu})
    except (OSError, ValueError):
        pass  # a CPU outside this container's set: run wherever the kernel likes


def open_channel(channel):
    """The protocol's two ends: FIFOs named by the host (`--channel IN OUT`), else stdin/stdout.

    FIFOs skip the engine's attach stream, which costs more than a whole property
    example. The host unlinks them as soon as both ends are open, before any
    submission is loaded, so the submission finds nothing to open. Either way the
    original stdin/stdout end up on /dev/null, so a stray print cannot corrupt a frame.
    """
    if channel:
        inbound = os.open(channel[0], os.O_RDONLY | os.O_NONBLOCK)
        try:
            # The host opened the read end before it started the container; if it has gone
            # since (killed mid-start), there is no reader and no one to wait for.
            outbound = os.open(channel[1], os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            raise SystemExit(0) from None
        os.set_blocking(outbound, True)
        os.write(outbound, frames.encode({"op": "hello"}))
        # Until the host opens its write end a FIFO reads as end-of-file, so wait for data first.
        # (A practice round's warm container waits here for as long as the person thinks.)
        select.select([inbound], [], [])
        os.set_blocking(inbound, True)
    else:
        inbound, outbound = os.dup(0), os.dup(1)
    devnull = os.open("/dev/null", os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    for fd in (inbound, outbound):
        os.set_inheritable(fd, False)
    # Buffered inbound: a frame's header and body usually arrive in one read() call.
    return os.fdopen(inbound, "rb"), os.fdopen(outbound, "wb", buffering=0)


def main(argv=None):
    become_nondumpable()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    cpu, modules, channel = parse_arguments(sys.argv[1:] if argv is None else argv)
    share_cpu(cpu)
    preload_ms = preload(modules)
    channel_in, channel_out = open_channel(channel)
    Runner(channel_in, channel_out, preload_ms).serve()


if __name__ == "__main__":
    main()
