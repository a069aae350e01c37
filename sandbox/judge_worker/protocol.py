"""The words the child, the runner and the host share: how a case ended, and the caps on what it says.

Defined once, here, and imported by both sides: the runner and the child inside the
sandbox (/opt/judge_worker), the host from sandbox/judge_worker (judge.paths puts it
on sys.path), so a status the runner sends is one the host knows by construction.
"""

import enum
import signal


class Status(str, enum.Enum):
    """How one case ended. A str, so it travels in JSON as its value and compares equal to it."""

    # The child's answer: what the submission's call came to.
    OK = "ok"
    ERROR = "error"  # it raised
    COMPILE_ERROR = "compile_error"  # its source does not compile, or lacks what the problem calls
    TOO_LARGE = "too_large"  # its answer is past the sandbox's caps
    # The runner's: what the kernel says of the child.
    TLE = "tle"
    MLE = "mle"
    OLE = "ole"
    CRASH = "crash"  # killed by a signal, exited before answering, or wrote a garbled answer
    # The host's: a result outside the schema (judge/backends/schema.py), which only the submission can write.
    MALFORMED = "malformed"

    def __str__(self):
        return self.value


# What a child may say of itself; the runner's statuses come from the runner alone.
CHILD_STATUSES = frozenset({Status.OK, Status.ERROR, Status.COMPILE_ERROR, Status.TOO_LARGE})
# What the runner may send the host (a child's own status included).
RUNNER_STATUSES = CHILD_STATUSES | {Status.TLE, Status.MLE, Status.OLE, Status.CRASH}


class Reason(str, enum.Enum):
    """Why the runner ended a case with TLE, MLE or OLE (a result's "reason")."""

    CPU = "cpu"  # the child's own CPU time
    CPU_WITH_PROCESSES = "cpu_with_processes"  # the child's CPU time and that of the processes it started
    WALL = "wall"  # the wall clock, while the child slept or blocked
    BUSY = "busy"  # the wall clock, while the child waited for a CPU: the machine's doing
    OOM = "oom"  # the kernel's out-of-memory killer
    MEMORY_ERROR = "MemoryError"
    OUTPUT = "output"

    def __str__(self):
        return self.value


# Garbled: the child's answer pipe held something other than exactly one answer (the submission wrote to it).
GARBLED = "garbled answer"
BROKEN_RUNTIME = "broken runtime"

MAX_MESSAGE = 4096  # characters of an error message, as the runner keeps 4 KB of stdout
MAX_TRACEBACK = 8192
MAX_NAME = 200  # an exception's type


def cut(text, limit):
    """At most `limit` characters of `text`, saying how much was cut."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters not shown)"


def signal_name(number):
    """SIGSEGV, SIGRTMIN+6 or "signal 99": a name for any number a process can die of."""
    try:
        return signal.Signals(number).name
    except ValueError:
        pass
    if signal.SIGRTMIN <= number <= signal.SIGRTMAX:
        return f"SIGRTMIN+{number - signal.SIGRTMIN}"
    return f"signal {number}"
