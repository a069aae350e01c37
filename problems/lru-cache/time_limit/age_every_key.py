# O(capacity) per call: every call ages each cached key by one; the oldest is evicted.
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.age = {}

    def _use(self, key: int) -> None:
        for other in self.age:
            self.age[other] += 1
        self.age[key] = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            oldest = max(self.age, key=self.age.get)
            del self.values[oldest], self.age[oldest]
        self.values[key] = value
        self._use(key)
