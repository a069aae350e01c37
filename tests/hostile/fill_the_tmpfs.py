# attack: fill the scratch space with many files, then return a right answer
# expect: AC OLE RE
# local: unsafe: the local backend's scratch space is the host's own disk
import os


def two_sum(nums, target):
    for i in range(100_000):
        try:
            with open(f"/tmp/fill-{os.getpid()}-{i}", "wb") as f:
                f.write(b"x" * 65536)
        except OSError:
            break
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
