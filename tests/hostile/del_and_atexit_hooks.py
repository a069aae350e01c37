# attack: __del__ and atexit hooks that print and sleep after a right answer
# expect: AC
# local: AC
import atexit
import time


class Haunt:
    def __del__(self):
        print("boo" * 1000)
        time.sleep(60)


ghost = Haunt()
atexit.register(lambda: (print("x" * 10**7), time.sleep(60)))


def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
