# Bug: Python's // rounds toward minus infinity, not toward zero, so -7 / 2 gives -4 (not -3).
class Solution:
    def divide(self, dividend: int, divisor: int) -> int:
        return max(-2**31, min(2**31 - 1, dividend // divisor))
