# Bug: one bucket per distinct value instead of per possible count, so a count >= the number of distinct values
# indexes past the end (IndexError).
from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        buckets = [[] for _ in range(len(counts))]
        for value, count in counts.items():
            buckets[count].append(value)
        answer = []
        for bucket in reversed(buckets):
            answer += bucket
            if len(answer) >= k:
                return answer[:k]
