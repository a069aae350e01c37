# Hand-written binary search over each key's list of (timestamp, value) pairs.
class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        pairs = self.history.get(key, [])
        lo, hi, answer = 0, len(pairs) - 1, ""
        while lo <= hi:
            mid = (lo + hi) // 2
            if pairs[mid][0] <= timestamp:
                answer = pairs[mid][1]
                lo = mid + 1
            else:
                hi = mid - 1
        return answer
