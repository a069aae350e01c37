class Solution:
    def minEatingSpeed(self, piles, h):
        """Binary search on the speed: hours needed only fall as the speed rises."""
        lo, hi = 1, max(piles)
        while lo < hi:
            speed = (lo + hi) // 2
            if sum((pile + speed - 1) // speed for pile in piles) <= h:
                hi = speed
            else:
                lo = speed + 1
        return lo
