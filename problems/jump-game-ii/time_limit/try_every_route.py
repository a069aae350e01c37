class Solution:
    def jump(self, nums):
        # The fewest jumps over every route, longest jump first, with no memory of positions seen.
        def fewest(i):
            if i >= len(nums) - 1:
                return 0
            best = float("inf")
            for step in range(nums[i], 0, -1):
                best = min(best, 1 + fewest(i + step))
            return best

        return fewest(0)
