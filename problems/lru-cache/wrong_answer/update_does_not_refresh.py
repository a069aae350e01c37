# Bug: put() on a key that is already cached changes its value but leaves it where it was in the recency order.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key: int, value: int) -> None:
        if key in self.items:
            self.items[key] = value  # assigning to an existing key keeps its position
            return
        self.items[key] = value
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)
