# Bug: returns the first k distinct values seen, ignoring their counts.
class Solution:
    def topKFrequent(self, nums, k):
        seen = []
        for x in nums:
            if x not in seen:
                seen.append(x)
        return seen[:k]
