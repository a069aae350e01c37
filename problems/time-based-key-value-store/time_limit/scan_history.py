# O(n) get: walks the key's history backwards until it finds an old enough timestamp.
class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key, value, timestamp):
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        for time, value in reversed(self.history.get(key, [])):
            if time <= timestamp:
                return value
        return ""
