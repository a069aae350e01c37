# O(n^2): sorts every element by nums.count (a full scan per element), then keeps the first k distinct values.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        answer = []
        for value in sorted(nums, key=nums.count, reverse=True):
            if value not in answer:
                answer.append(value)
                if len(answer) == k:
                    break
        return answer
