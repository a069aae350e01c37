# A set of the sums reachable so far, each number adding its shifted copy.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half, sums = total // 2, {0}
        for x in nums:
            sums |= {s + x for s in sums if s + x <= half}
            if half in sums:
                return True
        return False
