# O(n^2): on each third copy of a value, shift everything after it one place left, by hand.
class Solution:
    def removeDuplicates(self, nums):
        n = len(nums)
        i = 2
        while i < n:
            if nums[i] == nums[i - 1] == nums[i - 2]:
                for j in range(i, n - 1):
                    nums[j] = nums[j + 1]
                n -= 1
            else:
                i += 1
        return n
