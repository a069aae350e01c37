class Solution:
    def jump(self, nums):
        # Lands on the index with the biggest jump length in range, not the one that reaches farthest.
        i = jumps = 0
        while i < len(nums) - 1:
            jumps += 1
            if i + nums[i] >= len(nums) - 1:
                break
            i = max(range(i + 1, i + nums[i] + 1), key=lambda j: nums[j])
        return jumps
