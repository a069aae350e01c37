# Bug: loops while n > 1, so the highest 1 bit is never counted.
class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n > 1:
            count += n & 1
            n >>= 1
        return count
