# O(n^2): the longest chain of non-overlapping intervals by dynamic programming over the sorted list.
class Solution:
    def eraseOverlapIntervals(self, intervals):
        intervals.sort(key=lambda interval: interval[1])
        n = len(intervals)
        chain = [1] * n
        for i in range(n):
            start = intervals[i][0]
            for j in range(i):
                if intervals[j][1] <= start and chain[j] + 1 > chain[i]:
                    chain[i] = chain[j] + 1
        return n - max(chain)
