# complexity: O(n)
# space: O(n)
# kind: pure-python
# problem: subarray-sum-equals-k
# pair: subarray-sum
from collections import defaultdict


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        counts = defaultdict(int)
        counts[0] = 1
        total = found = 0
        for x in nums:
            total += x
            found += counts[total - k]
            counts[total] += 1
        return found
