class Solution:
    def removeDuplicates(self, nums):
        """Walk run by run: copy at most two elements of each run of equal values."""
        k = i = 0
        n = len(nums)
        while i < n:
            j = i
            while j < n and nums[j] == nums[i]:
                j += 1
            for _ in range(min(2, j - i)):
                nums[k] = nums[i]
                k += 1
            i = j
        return k
