# Bug: no check for index -1, so a get before the key's first set returns its latest value.
from bisect import bisect_right


class TimeMap:
    def __init__(self):
        self.times, self.values = {}, {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        if key not in self.times:
            return ""
        return self.values[key][bisect_right(self.times[key], timestamp) - 1]
