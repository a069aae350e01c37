# Bug: starts from nums[0] as if it were lower, so a gap before the first number is lost and an
# empty nums raises IndexError.
class Solution:
    def findMissingRanges(self, nums, lower, upper):
        ranges = []
        previous = nums[0]
        for number in nums[1:] + [upper + 1]:
            if number > previous + 1:
                ranges.append([previous + 1, number - 1])
            previous = number
        return ranges
