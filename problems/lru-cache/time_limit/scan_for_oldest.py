# O(capacity) per eviction: finds the least recently used key by scanning timestamps.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.used = {}
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.used[key] = self.clock

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.used, key=self.used.get)
            del self.values[oldest], self.used[oldest]
        self.values[key] = value
        self._touch(key)
