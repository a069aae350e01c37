class Solution:
    def reverseBits(self, n):
        """Take n's bits from the lowest up and push each into the answer from the right, 32 times."""
        ans = 0
        for _ in range(32):
            ans = (ans << 1) | (n & 1)
            n >>= 1
        return ans
