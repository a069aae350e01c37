# attack: sleep past the limit (burns wall time, no CPU)
# expect: TLE
# local: TLE
import time


def two_sum(nums, target):
    time.sleep(3600)
