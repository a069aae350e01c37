class Solution:
    def countBits(self, n):
        """i has the bits of i >> 1 plus its own lowest bit."""
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
