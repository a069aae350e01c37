# O(n * answer): tries speeds 1, 2, 3, ... until one is fast enough.
class Solution:
    def minEatingSpeed(self, piles, h):
        speed = 1
        while sum((pile + speed - 1) // speed for pile in piles) > h:
            speed += 1
        return speed
