# O(n log n): list the positions of each prefix total, then count the earlier ones by binary search.
from bisect import bisect_left
from itertools import accumulate


class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        prefixes = [0] + list(accumulate(nums))
        positions = {}
        for j, total in enumerate(prefixes):
            positions.setdefault(total, []).append(j)
        count = 0
        for j, total in enumerate(prefixes):
            earlier = positions.get(total - k)
            if earlier:
                count += bisect_left(earlier, j)
        return count
