# Bug: takes the new interval's end when merging, shrinking [1, 10] + [2, 3] to [1, 3].
class Solution:
    def merge(self, intervals):
        merged = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return merged
