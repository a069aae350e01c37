# Filters with < instead of <=: a triplet that already matches one target value is thrown away.
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        best = [0, 0, 0]
        for t in triplets:
            if sum(v < g for v, g in zip(t, target)) >= 2 and all(v <= g for v, g in zip(t, target)):
                best = [max(b, v) for b, v in zip(best, t)]
        return best == target
