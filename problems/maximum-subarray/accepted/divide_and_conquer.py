# Divide and conquer: each half reports (total, best prefix, best suffix, best), combined in O(1); O(n) overall.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        def solve(low, high):
            if low == high:
                value = nums[low]
                return value, value, value, value
            mid = (low + high) // 2
            left_total, left_prefix, left_suffix, left_best = solve(low, mid)
            right_total, right_prefix, right_suffix, right_best = solve(mid + 1, high)
            return (left_total + right_total,
                    max(left_prefix, left_total + right_prefix),
                    max(right_suffix, right_total + left_suffix),
                    max(left_best, right_best, left_suffix + right_prefix))

        return solve(0, len(nums) - 1)[3]
