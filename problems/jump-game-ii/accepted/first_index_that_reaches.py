class Solution:
    def jump(self, nums):
        # fewest[j] never decreases with j, so the first index that can reach j gives fewest[j].
        fewest = [0] * len(nums)
        first = 0
        for j in range(1, len(nums)):
            while first + nums[first] < j:
                first += 1
            fewest[j] = fewest[first] + 1
        return fewest[-1]
