class Solution:
    def hammingWeight(self, n):
        """n & (n - 1) clears the lowest 1 bit: count how many times until nothing is left."""
        count = 0
        while n:
            n &= n - 1
            count += 1
        return count
