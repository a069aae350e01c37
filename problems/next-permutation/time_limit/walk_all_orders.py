# Brute force: walk every order of the sorted values (itertools.permutations yields them in dictionary order)
# until one is larger than nums; up to n! orders.
from itertools import permutations


class Solution:
    def nextPermutation(self, nums):
        current = list(nums)
        for order in permutations(sorted(nums)):
            if list(order) > current:
                nums[:] = order
                return
        nums.sort()
