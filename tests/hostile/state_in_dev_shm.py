# attack: leave a file in /dev/shm for the fresh child that re-runs a failed case: wrong the first time, right when it finds the file
# expect: WA
# local: unsafe: the local backend's /dev/shm is the host's own, which it does not empty between children
import os

MARK = "/dev/shm/judge-hostile-state"


def two_sum(nums, target):
    if not os.path.exists(MARK):
        open(MARK, "w").close()
        return [-1, -1]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
