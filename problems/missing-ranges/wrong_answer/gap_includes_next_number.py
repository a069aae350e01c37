# Bug: off by one at the right end of each gap: [a + 1, b] reports the next number b as missing.
class Solution:
    def findMissingRanges(self, nums, lower, upper):
        ranges = []
        previous = lower - 1
        for number in nums + [upper + 1]:
            if number > previous + 1:
                ranges.append([previous + 1, min(number, upper)])
            previous = number
        return ranges
