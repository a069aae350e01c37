# One table with a flag: dp over (house, whether house 0 was taken), memoised top-down.
from functools import lru_cache


class Solution:
    def rob(self, nums: List[int]) -> int:
        n = len(nums)

        @lru_cache(maxsize=None)
        def most(i, first_taken):
            if i >= n or (i == n - 1 and first_taken and n > 1):
                return 0
            return max(most(i + 1, first_taken), nums[i] + most(i + 2, first_taken or i == 0))

        return most(0, False)
