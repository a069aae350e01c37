# Bug: exp(n * log|x|) drops the sign of a negative x raised to an odd power.
import math


class Solution:
    def myPow(self, x: float, n: int) -> float:
        if x == 0:
            return 0.0
        return math.exp(n * math.log(abs(x)))
