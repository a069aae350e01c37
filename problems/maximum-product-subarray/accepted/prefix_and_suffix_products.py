# Two scans: the best subarray between zeros is a prefix or a suffix of its run (an odd count of
# negatives loses either its first or its last one), so the best running product from either end wins.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = max(nums)
        for order in (nums, nums[::-1]):
            product = 1
            for x in order:
                product = x if product == 0 else product * x
                best = max(best, product)
        return best
