class Solution:
    def myPow(self, x, n):
        # Square-and-multiply over the bits of |n|.
        if n < 0:
            x, n = 1.0 / x, -n
        result = 1.0
        while n:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
