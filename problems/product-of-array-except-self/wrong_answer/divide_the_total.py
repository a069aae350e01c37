# Bug: divides the total product by each entry, so any zero entry raises ZeroDivisionError.
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        for x in nums:
            total *= x
        return [total // x for x in nums]
