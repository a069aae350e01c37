class Solution:
    def climbStairs(self, n):
        """ways(i) = ways(i - 1) + ways(i - 2), kept as a sliding pair from ways(0) = ways(1) = 1."""
        before, current = 1, 1  # ways to reach stair i - 1 and stair i, starting at i = 1
        for _ in range(n - 1):
            before, current = current, before + current
        return current
