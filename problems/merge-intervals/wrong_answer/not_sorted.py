# Bug: forgets to sort, so only neighbours in the input order are merged.
class Solution:
    def merge(self, intervals):
        merged = []
        for start, end in intervals:
            if merged and merged[-1][0] <= start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
