# Format as exactly 32 binary digits, reverse the string, read it back.
class Solution:
    def reverseBits(self, n: int) -> int:
        return int(format(n, "032b")[::-1], 2)
