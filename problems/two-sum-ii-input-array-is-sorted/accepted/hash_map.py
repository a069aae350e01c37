# The unsorted Two Sum: remember each value's first position, O(n) time but O(n) space.
class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        seen = {}
        for j, value in enumerate(numbers):
            if target - value in seen:
                return [seen[target - value] + 1, j + 1]
            seen.setdefault(value, j)
        return []
