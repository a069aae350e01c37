# Bug: range(n) stops before n, so the answer is one entry short.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * n
        for i in range(1, n):
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
