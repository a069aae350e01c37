# complexity: O(n^2)
# space: O(1)
# kind: pure-python
# problem: two-sum
# pair: two-sum
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
