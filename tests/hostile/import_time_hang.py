# attack: hang at import time, before the function is ever called
# expect: TLE
# local: TLE
while True:
    pass


def two_sum(nums, target):
    return [0, 1]
