class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        """Each position needs a triplet that hits it exactly and exceeds the target nowhere."""
        found = set()
        for triplet in triplets:
            if all(value <= goal for value, goal in zip(triplet, target)):
                found.update(j for j in range(3) if triplet[j] == target[j])
        return len(found) == 3
