# Bug: the Catalan product (n + i) / i in floats, truncated with int(), so 41.99999999999999 becomes 41.
class Solution:
    def numTrees(self, n):
        result = 1.0
        for i in range(2, n + 1):
            result *= (n + i) / i
        return int(result)
