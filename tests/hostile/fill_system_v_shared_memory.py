# attack: fill System V shared-memory segments, held by processes it starts, past the container's memory (the runner must not be the one to die)
# expect: MLE
# time: 5 (filling 768 MB costs up to a second of CPU on a loaded machine: memory, not CPU, must run out first)
# local: unsafe: System V IPC on the local backend is the host's own; the segments would take the host's memory
import ctypes
import os
import time

libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
SEGMENT = 64 << 20


def hold_a_segment(done):
    ident = libc.shmget(0, SEGMENT, 0o1600)  # IPC_PRIVATE, IPC_CREAT | 0600
    address = libc.shmat(ident, None, 0)
    if ident >= 0 and address not in (None, 2**64 - 1):
        ctypes.memset(address, 1, SEGMENT)
    os.write(done, b"1")
    time.sleep(60)


def two_sum(nums, target):
    # Every segment is filled (or its holder killed) before the answer: 768 MB, more than the container's memory.
    for _ in range(12):
        read, write = os.pipe()
        if os.fork() == 0:
            os.close(read)
            hold_a_segment(write)
            os._exit(0)
        os.close(write)
        os.read(read, 1)  # b"1" once filled, b"" if the kernel killed the holder first
        os.close(read)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
