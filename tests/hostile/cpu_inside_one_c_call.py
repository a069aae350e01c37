# attack: a CPU-bound loop inside a single C call that Python signals cannot interrupt
# expect: TLE
# local: TLE
def two_sum(nums, target):
    return [sum(range(10**13)), 0]
