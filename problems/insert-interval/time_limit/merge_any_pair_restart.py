# O(n^3): appends the new interval, then repeatedly searches all pairs for an overlap, merges it and starts over.
class Solution:
    def insert(self, intervals, newInterval):
        items = [list(interval) for interval in intervals] + [list(newInterval)]
        merged_one = True
        while merged_one:
            merged_one = False
            for i in range(len(items)):
                for j in range(i + 1, len(items)):
                    a, b = items[i], items[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        items[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        items.pop(j)
                        merged_one = True
                        break
                if merged_one:
                    break
        return sorted(items)
