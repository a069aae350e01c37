# attack: fill System V shared-memory segments, held by processes it starts, past the container's memory (the runner must not be the one to die)
# expect: MLE
# local: unsafe: System V IPC on the local backend is the host's own; the segments would take the host's memory
import ctypes
import os
import time

libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
SEGMENT = 64 << 20


def hold_a_segment():
    ident = libc.shmget(0, SEGMENT, 0o1600)  # IPC_PRIVATE, IPC_CREAT | 0600
    address = libc.shmat(ident, None, 0)
    if ident >= 0 and address not in (None, 2**64 - 1):
        ctypes.memset(address, 1, SEGMENT)
    time.sleep(60)


def two_sum(nums, target):
    for _ in range(12):  # 768 MB, more than the container's memory
        if os.fork() == 0:
            hold_a_segment()
            os._exit(0)
    time.sleep(1.5)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
