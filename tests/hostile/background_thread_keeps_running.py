# attack: a background thread that keeps spinning after the call returns a right answer
# expect: AC
# local: AC
import threading


def spin():
    while True:
        pass


def two_sum(nums, target):
    threading.Thread(target=spin, daemon=False).start()
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
