# Bug: never skips repeated values, so the same triple is reported more than once.
class Solution:
    def threeSum(self, nums):
        nums = sorted(nums)
        n, triples = len(nums), []
        for i in range(n - 2):
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = nums[i] + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    triples.append([nums[i], nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
        return triples
