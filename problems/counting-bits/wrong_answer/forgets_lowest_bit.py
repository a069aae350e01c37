# Bug: adds 1 for every number instead of its lowest bit, so even numbers get one too many.
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i >> 1] + 1
        return ans
