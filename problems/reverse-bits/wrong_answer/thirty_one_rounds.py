# Bug: 31 rounds instead of 32, as if the sign bit did not count.
class Solution:
    def reverseBits(self, n: int) -> int:
        ans = 0
        for _ in range(31):
            ans = (ans << 1) | (n & 1)
            n >>= 1
        return ans
