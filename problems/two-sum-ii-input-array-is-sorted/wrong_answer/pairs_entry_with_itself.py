# Bug: stores the value before looking up its complement, so a lone target/2 pairs with itself.
class Solution:
    def twoSum(self, numbers, target):
        seen = {}
        for j, value in enumerate(numbers):
            seen.setdefault(value, j)
            if target - value in seen:
                return [seen[target - value] + 1, j + 1]
        return []
