# O(n^3): finds the first overlapping pair, merges it, and starts the search over from the beginning.
class Solution:
    def merge(self, intervals):
        intervals = [list(interval) for interval in intervals]
        merged_one = True
        while merged_one:
            merged_one = False
            for i in range(len(intervals)):
                for j in range(i + 1, len(intervals)):
                    a, b = intervals[i], intervals[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        intervals[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        intervals.pop(j)
                        merged_one = True
                        break
                if merged_one:
                    break
        return intervals
