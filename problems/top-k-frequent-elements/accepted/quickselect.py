# Average O(n): count with a plain dict, then quickselect the distinct values on their counts (three-way partition).
import random


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = {}
        for value in nums:
            counts[value] = counts.get(value, 0) + 1
        values = list(counts)
        answer = []
        while k > 0:
            pivot = counts[random.choice(values)]
            above = [v for v in values if counts[v] > pivot]
            if len(above) >= k:
                values = above
                continue
            equal = [v for v in values if counts[v] == pivot]
            answer += above
            k -= len(above)
            if len(equal) >= k:
                answer += equal[:k]  # the answer is unique, so a tie here means all of them fit
                break
            answer += equal
            k -= len(equal)
            values = [v for v in values if counts[v] < pivot]
        return answer
