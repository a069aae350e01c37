# Tries every balloon as the next one to burst, memoising nothing: n! orders.
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        def best(vals):
            if not vals:
                return 0
            top = 0
            for k in range(len(vals)):
                left = vals[k - 1] if k > 0 else 1
                right = vals[k + 1] if k + 1 < len(vals) else 1
                top = max(top, left * vals[k] * right + best(vals[:k] + vals[k + 1:]))
            return top

        return best(nums)
