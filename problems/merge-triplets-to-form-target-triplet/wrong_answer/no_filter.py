# Only asks whether each target value appears at its position somewhere, forgetting the other two values.
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        return all(any(t[j] == target[j] for t in triplets) for j in range(3))
