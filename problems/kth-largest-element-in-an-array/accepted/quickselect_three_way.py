# Quickselect with a random pivot and a three-way split, so runs of equal values cost nothing extra.
import random


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        while True:
            pivot = random.choice(nums)
            larger = [x for x in nums if x > pivot]
            if k <= len(larger):
                nums = larger
                continue
            equal = sum(1 for x in nums if x == pivot)
            if k <= len(larger) + equal:
                return pivot
            k -= len(larger) + equal
            nums = [x for x in nums if x < pivot]
