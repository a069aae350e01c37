# Brute force: tries every pair i < j, O(n^2), ignoring that the list is sorted.
class Solution:
    def twoSum(self, numbers, target):
        n = len(numbers)
        for i in range(n):
            for j in range(i + 1, n):
                if numbers[i] + numbers[j] == target:
                    return [i + 1, j + 1]
        return []
