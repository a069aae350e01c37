# Sizes the adder for |values| <= 1000 (10 bits), forgetting that the sum reaches 2000 and needs a sign bit.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        width = 11
        result, carry = 0, 0
        for bit in range(width):
            x, y = (a >> bit) & 1, (b >> bit) & 1
            result |= (x ^ y ^ carry) << bit
            carry = (x & y) | (carry & (x ^ y))
        return result - (1 << width) if result >> (width - 1) else result
