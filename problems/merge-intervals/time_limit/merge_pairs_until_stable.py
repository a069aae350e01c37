# O(n^2) per pass: compares every pair of intervals and merges overlaps until nothing changes.
class Solution:
    def merge(self, intervals):
        intervals = [list(interval) for interval in intervals]
        changed = True
        while changed:
            changed = False
            i = 0
            while i < len(intervals):
                j = i + 1
                while j < len(intervals):
                    a, b = intervals[i], intervals[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        intervals[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        intervals.pop(j)
                        changed = True
                    else:
                        j += 1
                i += 1
        return intervals
