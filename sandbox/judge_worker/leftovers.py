"""What a child leaves behind, and the CPU time it cost: ended between cases, billed to the case.

Processes. A submission may fork, and its processes may outlive the child, or die
unreaped, where neither the child's wait4 nor its CPU clock counts them. Every
process the submission starts is a descendant of the runner: in Docker the runner
is PID 1, which inherits every orphan; locally it makes itself a subreaper
(PR_SET_CHILD_SUBREAPER), which does the same below it. So after a case the runner
kills them all and reaps them itself, and wait4 gives each one's exact CPU time.

CPU while the child lives. Processes a reused child forks and reaps itself are in
none of those figures; in Docker the container's cpuacct counter holds every
process's time, the runner's own excepted, so the time a case took across the
container is read from it, two reads a case (ContainerCpu).

Shared state. /tmp, /dev/shm, /dev/mqueue and System V IPC objects belong to the
container, not to a process, so they would survive into the fresh child that re-runs
a failed case. The runner empties them before every fresh child (Docker only: the
local backend's are the host's own).
"""

import ctypes
import os
import shutil
import signal
import time

PR_SET_CHILD_SUBREAPER = 36
IPC_RMID = 0
CPUACCT_USAGE = "/sys/fs/cgroup/cpuacct/cpuacct.usage"  # cgroup v1, as Docker mounts it in a container
CPU_STAT = "/sys/fs/cgroup/cpu.stat"  # cgroup v2: usage_usec
SHARED_FOLDERS = ("/tmp", "/dev/shm", "/dev/mqueue")
SYSV_TABLES = ("shm", "sem", "msg")
IS_INIT = os.getpid() == 1
_own_cpu_s = time.clock_gettime
_OWN_CLOCK = time.CLOCK_PROCESS_CPUTIME_ID
SHM_INFO, SEM_INFO, MSG_INFO = 14, 19, 12  # the *ctl calls that count a namespace's objects


def become_subreaper():
    """Orphans of the runner's descendants become its children (PID 1 gets them anyway)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def end_all_processes(spare_pid=None):
    """Kill every process below the runner and reap it; the CPU seconds they used (wait4's figures),
    the idle spare's excepted. The runner's own children (the spare, a reused child) go too: whoever
    calls this must forget them."""
    cpu_s = 0.0
    if IS_INIT:
        _kill_everyone_else()
    while True:
        if not IS_INIT:
            _kill_descendants()
        try:
            pid, _, usage = os.wait4(-1, 0)  # every process left has been killed: this returns soon
        except ChildProcessError:
            return cpu_s
        except InterruptedError:
            continue
        if pid != spare_pid:
            cpu_s += usage.ru_utime + usage.ru_stime


def _kill_everyone_else():
    """kill(-1) from PID 1: every other process in the container's namespace, in one call. A fork
    racing it either fails (its parent has the signal pending) or its child is killed too."""
    try:
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _kill_descendants():
    """The local backend: kill the runner's descendants, found through /proc's children lists
    (the runner is a subreaper, so a double-forked daemon is still below it)."""
    for pid in descendants(os.getpid()):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def descendants(root):
    """Every process below `root` now (CONFIG_PROC_CHILDREN; empty where the kernel lacks it)."""
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{pid}/task/{task}/children", "rb") as children:
                    below = [int(child) for child in children.read().split()]
            except (OSError, ValueError):
                continue
            found.extend(below)
            pending.extend(below)
    return found


class ContainerCpu:
    """CPU seconds every process in the container has used, the runner's own excepted.

    Read before and after a case, the difference is what the case cost across the
    container: the child and whatever it started, reaped or not. None outside a
    container (the local backend's cgroup is the host's session, shared with others).
    """

    def __init__(self):
        self.fd, self.v2 = None, False
        if not IS_INIT:
            return
        for path, v2 in ((CPUACCT_USAGE, False), (CPU_STAT, True)):
            try:
                self.fd, self.v2 = os.open(path, os.O_RDONLY | os.O_CLOEXEC), v2
                if self.others_s() is not None:
                    return
                os.close(self.fd)
            except OSError:
                pass
            self.fd = None

    @property
    def known(self):
        return self.fd is not None

    def others_s(self):
        """Seconds used by every process in the container but the runner, or None when unknown."""
        if self.fd is None:
            return None
        try:
            if self.v2:  # cpu.stat: "usage_usec N" first
                return int(os.pread(self.fd, 4096, 0).split(None, 2)[1]) / 1e6 - _own_cpu_s(_OWN_CLOCK)
            return int(os.pread(self.fd, 64, 0)) / 1e9 - _own_cpu_s(_OWN_CLOCK)
        except (OSError, ValueError, IndexError):
            return None


def clear_shared_state():
    """Empty what processes share in a container: /tmp, /dev/shm, /dev/mqueue and System V IPC
    objects. Docker only; every process but the runner has ended (end_all_processes)."""
    if not IS_INIT:
        return
    for folder in SHARED_FOLDERS:
        _empty(folder)
    _remove_sysv_objects()


def _sysv_counts():
    """How many shared-memory segments, semaphore sets and message queues exist (all True when unknown)."""
    try:
        libc = _libc()
        info = (ctypes.c_int * 32)()
        libc.shmctl(0, SHM_INFO, info)
        segments = info[0]  # shm_info.used_ids
        libc.semctl(0, 0, SEM_INFO, info)
        sets = info[7]  # seminfo.semusz
        libc.msgctl(0, MSG_INFO, info)
        return segments, sets, info[0]  # msginfo.msgpool: queues in use
    except (OSError, AttributeError):
        return True, True, True


_LIBC = []


def _libc():
    if not _LIBC:
        _LIBC.append(ctypes.CDLL(None, use_errno=True))
    return _LIBC[0]


def _empty(folder):
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, onerror=_writable_then_retry)
            else:
                os.unlink(entry.path)
        except OSError:
            pass


def _writable_then_retry(function, path, _):
    """A folder the submission made read-only: the runner (its owner) opens it, then removes again."""
    try:
        os.chmod(os.path.dirname(path), 0o700)
        if os.path.isdir(path) and not os.path.islink(path):
            os.chmod(path, 0o700)
        function(path)
    except OSError:
        pass


def _remove_sysv_objects():
    """Remove every System V shared-memory segment, semaphore set and message queue in the
    container's IPC namespace (all the submission's: the runner makes none). Counted first with
    one call each, so an empty namespace costs microseconds, not three /proc listings."""
    if not any(_sysv_counts()):
        return
    libc = None
    for table in SYSV_TABLES:
        try:
            with open(f"/proc/sysvipc/{table}", "rb") as listing:
                rows = listing.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            libc = libc or _libc()
            ident = int(row.split()[1])
            if table == "shm":
                libc.shmctl(ident, IPC_RMID, None)
            elif table == "sem":
                libc.semctl(ident, 0, IPC_RMID)
            else:
                libc.msgctl(ident, IPC_RMID, None)
