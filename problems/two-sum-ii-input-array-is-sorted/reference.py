class Solution:
    def twoSum(self, numbers, target):
        """Two indices closing in from the ends: a small sum moves the left one, a large sum the right one."""
        left, right = 0, len(numbers) - 1
        while left < right:
            total = numbers[left] + numbers[right]
            if total == target:
                return [left + 1, right + 1]
            if total < target:
                left += 1
            else:
                right -= 1
        return []
