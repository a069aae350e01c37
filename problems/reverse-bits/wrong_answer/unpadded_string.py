# Bug: reverses bin(n) without padding it to 32 digits, so the leading zeros are lost.
class Solution:
    def reverseBits(self, n: int) -> int:
        return int(bin(n)[2:][::-1], 2)
