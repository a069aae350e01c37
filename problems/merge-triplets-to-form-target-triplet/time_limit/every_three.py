# At most three triplets are ever needed, so try every choice of three (repeats allowed): O(n^3).
class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        n = len(triplets)
        for i in range(n):
            a = triplets[i]
            for j in range(i, n):
                b = triplets[j]
                for k in range(j, n):
                    c = triplets[k]
                    if [max(a[0], b[0], c[0]), max(a[1], b[1], c[1]), max(a[2], b[2], c[2])] == target:
                        return True
        return False
