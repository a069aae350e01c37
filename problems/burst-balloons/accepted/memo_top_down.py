from functools import lru_cache


class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        """Zero balloons pay nothing and change nobody's neighbours' products usefully: drop them first."""
        vals = [1] + [x for x in nums if x] + [1]

        @lru_cache(maxsize=None)
        def best(i, j):
            if j - i < 2:
                return 0
            outer = vals[i] * vals[j]
            return max(best(i, k) + outer * vals[k] + best(k, j) for k in range(i + 1, j))

        return best(0, len(vals) - 1)
