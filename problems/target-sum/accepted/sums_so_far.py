# Every reachable running total with its count, one number at a time (a dictionary DP over the signs).
from collections import Counter


class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        totals = Counter({0: 1})
        for x in nums:
            following = Counter()
            for total, count in totals.items():
                following[total + x] += count
                following[total - x] += count
            totals = following
        return totals[target]
