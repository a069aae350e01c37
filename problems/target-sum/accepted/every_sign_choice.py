# The 2^n brute force, which LeetCode accepts at n <= 20: every sign choice, counted at the end.
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        def count(i, total):
            if i == len(nums):
                return 1 if total == target else 0
            return count(i + 1, total + nums[i]) + count(i + 1, total - nums[i])

        return count(0, 0)
