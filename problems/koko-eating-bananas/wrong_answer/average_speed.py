# Bug: assumes the average rate ceil(total / h) is enough, ignoring the hour lost at the end of each pile.
class Solution:
    def minEatingSpeed(self, piles, h):
        return max(1, -(-sum(piles) // h))
