# Count the 1s in the binary string.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return bin(n).count("1")
