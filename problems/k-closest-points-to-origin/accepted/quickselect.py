# Quickselect on squared distances with a random pivot and three-way partition: O(n) on average.
import random


class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        chosen, rest, need = [], points, k
        while need:
            pivot = random.choice(rest)
            d = pivot[0] ** 2 + pivot[1] ** 2
            closer = [p for p in rest if p[0] ** 2 + p[1] ** 2 < d]
            equal = [p for p in rest if p[0] ** 2 + p[1] ** 2 == d]
            if len(closer) >= need:
                rest = closer
            elif len(closer) + len(equal) >= need:
                chosen += closer + equal[:need - len(closer)]
                need = 0
            else:
                chosen += closer + equal
                need -= len(closer) + len(equal)
                rest = [p for p in rest if p[0] ** 2 + p[1] ** 2 > d]
        return chosen
