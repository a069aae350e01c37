from bisect import bisect_right
from collections import defaultdict


class TimeMap:
    def __init__(self):
        self.times = defaultdict(list)   # key -> its timestamps, increasing
        self.values = defaultdict(list)  # key -> the value written at each of them

    def set(self, key, value, timestamp):
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key, timestamp):
        if key not in self.times:
            return ""
        index = bisect_right(self.times[key], timestamp) - 1
        return self.values[key][index] if index >= 0 else ""
