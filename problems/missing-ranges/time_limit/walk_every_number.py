# O(upper - lower): checks every number of the range against a set of nums, opening and closing ranges.
class Solution:
    def findMissingRanges(self, nums, lower, upper):
        present = set(nums)
        ranges = []
        for number in range(lower, upper + 1):
            if number in present:
                continue
            if ranges and ranges[-1][1] == number - 1:
                ranges[-1][1] = number
            else:
                ranges.append([number, number])
        return ranges
