import heapq
from collections import Counter


class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        """A heap of distinct values: the smallest one left starts the next group, one group at a time."""
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        heap = list(count)
        heapq.heapify(heap)
        while heap:
            start = heap[0]
            for value in range(start, start + groupSize):
                if count[value] == 0:
                    return False
                count[value] -= 1
                if count[value] == 0:
                    if value != heap[0]:
                        return False  # a smaller value than this still has cards but can no longer be grouped
                    heapq.heappop(heap)
        return True
