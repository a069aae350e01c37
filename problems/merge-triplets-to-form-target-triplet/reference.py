class Solution:
    def mergeTriplets(self, triplets, target):
        """Merge every triplet that stays within the target everywhere; the rest can never be used."""
        x, y, z = target
        best = [0, 0, 0]
        for a, b, c in triplets:
            if a <= x and b <= y and c <= z:
                best = [max(best[0], a), max(best[1], b), max(best[2], c)]
        return best == [x, y, z]
