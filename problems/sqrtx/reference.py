class Solution:
    def mySqrt(self, x):
        # Largest r in [0, x] with r * r <= x; the predicate holds for a prefix of the range.
        low, high = 0, x
        while low < high:
            middle = (low + high + 1) // 2
            if middle * middle <= x:
                low = middle
            else:
                high = middle - 1
        return low
