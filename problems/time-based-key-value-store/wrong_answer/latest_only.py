# Bug: keeps only each key's latest value, ignoring the timestamp asked for.
class TimeMap:
    def __init__(self):
        self.latest = {}

    def set(self, key, value, timestamp):
        self.latest[key] = value

    def get(self, key, timestamp):
        return self.latest.get(key, "")
