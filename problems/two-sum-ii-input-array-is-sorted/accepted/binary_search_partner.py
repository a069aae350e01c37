# For each entry, binary-search its partner among the entries after it: O(n log n), O(1) extra space.
from bisect import bisect_left


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        for i, value in enumerate(numbers):
            j = bisect_left(numbers, target - value, i + 1)
            if j < len(numbers) and numbers[j] == target - value:
                return [i + 1, j + 1]
        return []
