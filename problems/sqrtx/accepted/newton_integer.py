class Solution:
    def mySqrt(self, x: int) -> int:
        # Newton's iteration in integers, from above: r decreases until r * r <= x.
        if x < 2:
            return x
        r = x
        while r * r > x:
            r = (r + x // r) // 2
        return r
