class Solution:
    def plusOne(self, digits):
        result = list(digits)
        for i in range(len(result) - 1, -1, -1):
            if result[i] < 9:
                result[i] += 1
                return result
            result[i] = 0  # a 9 rolls over and carries left
        return [1] + result
