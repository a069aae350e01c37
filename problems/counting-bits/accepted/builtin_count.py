# Count each number's bits with bin(): O(n log n), still fast at 10^5.
class Solution:
    def countBits(self, n: int) -> List[int]:
        return [bin(i).count("1") for i in range(n + 1)]
