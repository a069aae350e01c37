class Solution:
    def canPartition(self, nums):
        """Bit s of `reachable` is set when some group of the numbers so far adds up to s."""
        total = sum(nums)
        if total % 2:
            return False
        reachable = 1
        for x in nums:
            reachable |= reachable << x
        return bool(reachable >> (total // 2) & 1)
