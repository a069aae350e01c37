# Checks the hit position and only the next one, so a triplet too large in the third position slips in.
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        found = [False] * 3
        for t in triplets:
            for j in range(3):
                if t[j] == target[j] and t[(j + 1) % 3] <= target[(j + 1) % 3]:
                    found[j] = True
        return all(found)
