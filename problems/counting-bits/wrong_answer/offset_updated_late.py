# Bug: ans[i] = 1 + ans[i - offset] with offset the largest power of two <= i, but the offset moves up one step late.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        offset = 1
        for i in range(1, n + 1):
            ans[i] = 1 + ans[i - offset]
            if offset * 2 == i:
                offset *= 2
        return ans
