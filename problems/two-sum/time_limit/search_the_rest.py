# O(n^2): for each entry, searches the rest of the list for its complement with `in` and .index.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        for i, value in enumerate(nums):
            rest = nums[i + 1:]
            if target - value in rest:
                return [i, i + 1 + rest.index(target - value)]
