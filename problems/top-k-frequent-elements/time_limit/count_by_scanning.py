# O(n * distinct): counts each distinct value with list.count.
class Solution:
    def topKFrequent(self, nums, k):
        distinct = list(set(nums))
        counts = [(nums.count(v), v) for v in distinct]
        counts.sort(reverse=True)
        return [v for _, v in counts[:k]]
