# attack: leave a System V message queue, semaphore set and shared-memory segment for the fresh child that re-runs a failed case: wrong the first time, right when it finds them
# expect: WA
# local: unsafe: the local backend's System V IPC objects are the host's own, which it does not remove between children
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
KEY = 0x4A554447
IPC_CREAT = 0o1000


def left_behind():
    found = libc.msgget(KEY, 0o600), libc.semget(KEY + 1, 1, 0o600), libc.shmget(KEY + 2, 4096, 0o600)
    return any(ident >= 0 for ident in found)


def two_sum(nums, target):
    if not left_behind():
        libc.msgget(KEY, IPC_CREAT | 0o600)
        libc.semget(KEY + 1, 1, IPC_CREAT | 0o600)
        libc.shmget(KEY + 2, 4096, IPC_CREAT | 0o600)
        return [-1, -1]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
