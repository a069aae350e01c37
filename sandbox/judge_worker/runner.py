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
READ_CHUNK = 1 << 20
STDOUT_PREVIEW = 4096
STACK_BYTES = 112 * 1024 * 1024
RECURSION_LIMIT = 100_000
PERSISTENT_CPU_BUDGET_S = 600  # a persistent child's cases are timed one by one; this only caps the total
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
EXIT_BROKEN_RUNTIME = 70  # the child's own code failed: the submission broke builtins or the stdlib
OOM_CONTROL = "/sys/fs/cgroup/memory/memory.oom_control"
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


def run_delay_s(pid):
    """Seconds `pid` has spent runnable but waiting for a CPU: a busy machine or the CPU quota.

    Sleeping is not waiting for a CPU, so a wall limit extended by this still
    catches `time.sleep`, while a slow but honest child on a crowded machine is
    not called too slow.
    """
    try:
        with open(f"/proc/{pid}/schedstat") as schedstat:
            return int(schedstat.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


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

    def __init__(self, pid, started, limits):
        self.pid = pid
        self.started = started
        self.limits = limits
        self.delay_before_s = run_delay_s(pid)

    def remaining(self):
        now = time.monotonic()
        deadline = self.started + self.limits.wall_s
        if now >= deadline:
            deadline = self.started + min(self.limits.wall_s + self.waited_s(), self.limits.wall_cap_s)
        return deadline - now

    def waited_s(self):
        return run_delay_s(self.pid) - self.delay_before_s

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
        self.pid = os.fork()
        if self.pid == 0:
            try:
                self._become_child(input_read, result_write, address_space)
                child.main(request, 3, 4, numpy_module, persistent)
            finally:
                os._exit(EXIT_BROKEN_RUNTIME)
        os.close(input_read)
        os.close(result_write)
        self.pidfd = os.pidfd_open(self.pid)
        self.alive = True

    def _become_child(self, input_read, result_write, address_space):
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

    def run(self, case_input):
        """Hand the child its case and wait for it to end; return the result message."""
        pending = memoryview(frames.encode(case_input))
        os.set_blocking(self.input_write, False)
        answer = bytearray()
        started = time.monotonic()
        clock = WallClock(self.pid, started, self.limits)
        oom_before = oom_kills()
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
        return self._ended(answer, started, wall_exceeded, oom_before)

    def _ended(self, answer, started, wall_exceeded, oom_before):
        """The child has exited (or been killed): reap it and say how its case ended."""
        _, status, usage = os.wait4(self.pid, 0)
        self.alive = False
        wall_ms = (time.monotonic() - started) * 1000
        self._drain(answer)
        try:
            return self._classify(status, usage, bytes(answer), wall_ms, wall_exceeded, oom_kills() > oom_before)
        finally:
            self.close_pipes()

    def run_again(self, case_input):
        """A persistent child: send one more case and wait for its one result frame.

        Used by the property search, where a fork per example would cost more than
        the example. A child whose case does not end "ok" exits, and is reaped as usual.
        """
        pending = memoryview(frames.encode(case_input))
        os.set_blocking(self.input_write, False)
        answer = bytearray()
        started = time.monotonic()
        clock = WallClock(self.pid, started, self.limits)
        oom_before = oom_kills()
        self.cpu_before_s = self._cpu_seconds()
        poller = select.poll()
        poller.register(self.pidfd, select.POLLIN)
        poller.register(self.result_read, select.POLLIN)
        if pending:
            poller.register(self.input_write, select.POLLOUT)
        while not _complete_frame(answer):
            remaining = clock.remaining()
            if remaining <= 0:
                why = clock.why_over()
                self.kill()
                return self._ended(answer, started, why, oom_before)
            for fd, _ in poller.poll(remaining * 1000):
                if fd == self.input_write:
                    pending = pending[self._write_some(pending):]
                    if not pending:
                        poller.unregister(self.input_write)
                elif fd == self.result_read:
                    answer.extend(os.read(self.result_read, READ_CHUNK))
                elif fd == self.pidfd and not _complete_frame(answer):
                    return self._ended(answer, started, "", oom_before)
        wall_ms = (time.monotonic() - started) * 1000
        cpu_s = self._cpu_seconds() - self.cpu_before_s
        output_size = os.fstat(self.stdout_file).st_size
        measured = {"cpu_ms": round(cpu_s * 1000, 3), "wall_ms": round(wall_ms, 3), "peak_kb": self._peak_kb(),
                    "output_bytes": output_size, "stdout": self._stdout_preview()}
        os.ftruncate(self.stdout_file, 0)
        result = self._parse(bytes(answer))
        if cpu_s > self.limits.cpu_s or output_size >= self.limits.output_bytes or result is None:
            self.discard()
            if cpu_s > self.limits.cpu_s:
                return dict(measured, status="tle", reason="cpu")
            if output_size >= self.limits.output_bytes:
                return dict(measured, status="ole", reason="output")
            return dict(measured, status="crash", signal="garbled answer")
        return dict(result, **measured)

    def _write_some(self, pending):
        try:
            return os.write(self.input_write, pending)
        except BlockingIOError:
            return 0
        except BrokenPipeError:
            return len(pending)

    def _cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS

    def _peak_kb(self):
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

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
        try:
            result = frames.read_frame(_reader(answer))
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


def _complete_frame(data):
    if len(data) < frames.HEADER.size:
        return False
    (size,) = frames.HEADER.unpack_from(data)
    return len(data) >= frames.HEADER.size + size


def _reader(data):
    view = memoryview(data)
    position = 0

    def read(size):
        nonlocal position
        chunk = view[position:position + size]
        position += len(chunk)
        return bytes(chunk)

    return read


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
    def __init__(self, channel_in, channel_out):
        self.read = channel_in.read
        self.out = channel_out
        self.request = None
        self.limits = None
        self.numpy = None
        self.spare = None
        self.persistent = None

    def send(self, message):
        self.out.write(frames.encode(message))
        self.out.flush()

    def serve(self):
        try:
            while True:
                message = frames.read_frame(self.read)
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

    def handle(self, message):
        if message["op"] == "load":
            self.load(message)
        elif message["op"] == "case" and message.get("reuse"):
            self.run_case_reusing(message["input"])
        elif message["op"] == "case":
            self.run_case(message["input"])
        else:
            raise ValueError(f"unknown op {message['op']!r}")

    def load(self, message):
        self.request = message
        self.limits = Limits(message["limits"])
        if "numpy" in message.get("preload", []):
            import numpy
            self.numpy = numpy
        gc.freeze()  # children share the runner's objects: no collector pass copies their pages
        self.spare = Child(self.request, self.limits, self.numpy)
        self.send({"op": "ready", "python": sys.version.split()[0],
                   "numpy": getattr(self.numpy, "__version__", None), "init": IS_INIT})

    def run_case(self, case_input):
        """Run one case, answer the host, then clean up and fork the next child while it compares."""
        current = self.spare or Child(self.request, self.limits, self.numpy)
        self.spare = None
        result = current.run(case_input)
        self.send(dict(result, op="result"))
        self.discard_persistent()
        sweep_leftovers(current.pid)
        self.spare = Child(self.request, self.limits, self.numpy)

    def run_case_reusing(self, case_input):
        """The fast path: one persistent child answers case after case until one fails."""
        if self.persistent is None or not self.persistent.alive:
            self.persistent = Child(self.request, self.limits, self.numpy, persistent=True)
        result = self.persistent.run_again(case_input)
        self.send(dict(result, op="result"))
        if not self.persistent.alive:
            self.persistent = None
            self.spare.discard()
            sweep_leftovers(None)
            self.spare = Child(self.request, self.limits, self.numpy)

    def discard_persistent(self):
        if self.persistent is not None:
            self.persistent.discard()
            self.persistent = None


def open_channel(argv):
    """The protocol's two ends: FIFOs named by the host (`--channel IN OUT`), else stdin/stdout.

    FIFOs skip the engine's attach stream, which costs more than a whole property
    example. The host unlinks them as soon as both ends are open, before any
    submission is loaded, so the submission finds nothing to open. Either way the
    original stdin/stdout end up on /dev/null, so a stray print cannot corrupt a frame.
    """
    if len(argv) == 3 and argv[0] == "--channel":
        inbound = os.open(argv[1], os.O_RDONLY | os.O_NONBLOCK)
        outbound = os.open(argv[2], os.O_WRONLY)  # the host holds the read end open already
        os.write(outbound, frames.encode({"op": "hello"}))
        # Until the host opens its write end a FIFO reads as end-of-file, so wait for data first.
        select.select([inbound], [], [])
        os.set_blocking(inbound, True)
    else:
        inbound, outbound = os.dup(0), os.dup(1)
    devnull = os.open("/dev/null", os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    for fd in (inbound, outbound):
        os.set_inheritable(fd, False)
    return os.fdopen(inbound, "rb", buffering=0), os.fdopen(outbound, "wb", buffering=0)


def main(argv=None):
    become_nondumpable()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    channel_in, channel_out = open_channel(sys.argv[1:] if argv is None else argv)
    Runner(channel_in, channel_out).serve()


if __name__ == "__main__":
    main()
