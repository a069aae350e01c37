# bisect over the range of candidate speeds, keyed by "fast enough?", from a tighter lower bound.
from bisect import bisect_left


class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        low = max(1, -(-sum(piles) // h))  # no speed below ceil(total / h) can work
        speeds = range(low, max(piles) + 1)
        fast_enough = lambda k: sum(-(-pile // k) for pile in piles) <= h
        return speeds[bisect_left(speeds, True, key=fast_enough)]
