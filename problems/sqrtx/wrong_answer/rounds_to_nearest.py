# Bug: rounds the root to the nearest integer instead of down (8 gives 3).
class Solution:
    def mySqrt(self, x: int) -> int:
        return round(x ** 0.5)
