# Bug: divides the product of the non-zero entries, which is wrong as soon as nums holds a zero.
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        for x in nums:
            if x != 0:
                total *= x
        return [total // x if x != 0 else total for x in nums]
