# Bug: sets hi = mid - 1 when mid is fast enough, which can throw away the answer itself.
class Solution:
    def minEatingSpeed(self, piles, h):
        lo, hi = 1, max(piles)
        while lo < hi:
            speed = (lo + hi) // 2
            if sum((pile + speed - 1) // speed for pile in piles) <= h:
                hi = speed - 1
            else:
                lo = speed + 1
        return lo
