# Top-down: the most from house i onwards, memoised.
from functools import lru_cache


class Solution:
    def rob(self, nums: List[int]) -> int:
        @lru_cache(maxsize=None)
        def most(i):
            if i >= len(nums):
                return 0
            return max(most(i + 1), nums[i] + most(i + 2))

        return most(0)
