# O(n): bucket the values by their counts, then read buckets from the highest.
from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        buckets = [[] for _ in range(len(nums) + 1)]
        for value, count in Counter(nums).items():
            buckets[count].append(value)
        answer = []
        for bucket in reversed(buckets):
            answer.extend(bucket)
            if len(answer) >= k:
                return answer[:k]
