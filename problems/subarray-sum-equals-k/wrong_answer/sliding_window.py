# Bug: a shrinking window assumes the entries are non-negative; negatives break it.
class Solution:
    def subarraySum(self, nums, k):
        left = total = count = 0
        for right, x in enumerate(nums):
            total += x
            while total > k and left <= right:
                total -= nums[left]
                left += 1
            if total == k:
                count += 1
        return count
