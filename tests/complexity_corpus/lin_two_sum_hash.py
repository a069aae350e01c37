# complexity: O(n)
# space: O(n)
# kind: pure-python
# problem: two-sum
# pair: two-sum
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
