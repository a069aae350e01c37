# Greedy simulation in rounds of n + 1 units: each round runs the most frequent remaining letters, once each.
import heapq
from collections import Counter


class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        heap = [-count for count in Counter(tasks).values()]
        heapq.heapify(heap)
        time = 0
        while heap:
            ran = []
            for _ in range(n + 1):
                if not heap:
                    break
                ran.append(heapq.heappop(heap) + 1)  # one copy fewer (counts are negative)
            for count in ran:
                if count:
                    heapq.heappush(heap, count)
            time += n + 1 if heap else len(ran)  # the last round needs no trailing idle units
        return time
