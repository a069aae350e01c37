# Bug: bisect_left instead of bisect_right, so a get at exactly a set's timestamp misses that set.
from bisect import bisect_left


class TimeMap:
    def __init__(self):
        self.times, self.values = {}, {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        if key not in self.times:
            return ""
        index = bisect_left(self.times[key], timestamp) - 1
        return self.values[key][index] if index >= 0 else ""
