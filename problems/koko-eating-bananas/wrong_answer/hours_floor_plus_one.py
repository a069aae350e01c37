# Bug: counts pile // k + 1 hours per pile, one hour too many when k divides the pile exactly.
class Solution:
    def minEatingSpeed(self, piles, h):
        lo, hi = 1, max(piles)
        while lo < hi:
            speed = (lo + hi) // 2
            if sum(pile // speed + 1 for pile in piles) <= h:
                hi = speed
            else:
                lo = speed + 1
        return lo
