class Solution:
    def findMissingRanges(self, nums, lower, upper):
        ranges = []
        previous = lower - 1  # a virtual neighbour just before the range ...
        for number in nums + [upper + 1]:  # ... and one just after it
            if number > previous + 1:
                ranges.append([previous + 1, number - 1])
            previous = number
        return ranges
