# Bug: reports the gaps before and between the numbers but forgets the one after the last number.
class Solution:
    def findMissingRanges(self, nums, lower, upper):
        ranges = []
        previous = lower - 1
        for number in nums:
            if number > previous + 1:
                ranges.append([previous + 1, number - 1])
            previous = number
        if not nums and lower <= upper:
            ranges.append([lower, upper])
        return ranges
