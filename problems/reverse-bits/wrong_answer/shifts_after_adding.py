# Bug: shifts the answer after adding each bit, so it ends one place too far to the left.
class Solution:
    def reverseBits(self, n: int) -> int:
        ans = 0
        for _ in range(32):
            ans |= n & 1
            ans <<= 1
            n >>= 1
        return ans
