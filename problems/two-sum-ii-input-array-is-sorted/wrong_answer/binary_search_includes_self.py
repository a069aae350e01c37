# Bug: binary-searches the partner in the whole list, so an entry equal to target/2 finds itself.
from bisect import bisect_left


class Solution:
    def twoSum(self, numbers, target):
        for i, value in enumerate(numbers):
            j = bisect_left(numbers, target - value)
            if j < len(numbers) and numbers[j] == target - value:
                return [i + 1, j + 1]
        return []
