class Solution:
    def isHappy(self, n):
        """Follow the digit-square sums until 1 or a number seen before."""
        seen = set()
        while n != 1 and n not in seen:
            seen.add(n)
            n = sum(int(digit) ** 2 for digit in str(n))
        return n == 1
