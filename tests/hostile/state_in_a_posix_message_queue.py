# attack: leave a POSIX message queue (/dev/mqueue) for the fresh child that re-runs a failed case: wrong the first time, right when it finds the queue
# expect: WA
# local: unsafe: the local backend's message queues are the host's own, which it does not remove between children
import ctypes
import os

libc = ctypes.CDLL(None, use_errno=True)
NAME = b"/judge-hostile-state"


def two_sum(nums, target):
    queue = libc.mq_open(NAME, os.O_RDONLY)
    if queue < 0:
        libc.mq_open(NAME, os.O_RDONLY | os.O_CREAT, 0o600, None)
        return [-1, -1]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
