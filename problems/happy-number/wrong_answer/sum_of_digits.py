# Bug: adds the digits without squaring them.
class Solution:
    def isHappy(self, n: int) -> bool:
        seen = set()
        while n != 1 and n not in seen:
            seen.add(n)
            n = sum(int(digit) for digit in str(n))
        return n == 1
