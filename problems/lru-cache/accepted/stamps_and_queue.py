# Amortised O(1): every use appends (time, key) to a queue and records the key's latest time; eviction pops
# from the front, skipping entries that a later use of the same key made stale.
from collections import deque


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.last_used = {}
        self.uses = deque()
        self.clock = 0

    def _use(self, key):
        self.clock += 1
        self.last_used[key] = self.clock
        self.uses.append((self.clock, key))

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            while True:
                time, oldest = self.uses.popleft()
                if self.last_used[oldest] == time:
                    break
            del self.values[oldest], self.last_used[oldest]
        self.values[key] = value
        self._use(key)
