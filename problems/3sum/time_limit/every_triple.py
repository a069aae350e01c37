# O(n^3): tries every three positions, deduplicating with a set of sorted tuples.
class Solution:
    def threeSum(self, nums):
        n, found = len(nums), set()
        for i in range(n):
            for j in range(i + 1, n):
                for k in range(j + 1, n):
                    if nums[i] + nums[j] + nums[k] == 0:
                        found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
        return [list(t) for t in found]
