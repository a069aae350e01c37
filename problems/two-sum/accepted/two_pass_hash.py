# Two passes: first map every value to its last index, then look each entry's complement up at another index.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        last = {value: index for index, value in enumerate(nums)}
        for index, value in enumerate(nums):
            other = last.get(target - value)
            if other is not None and other != index:
                return [index, other]
