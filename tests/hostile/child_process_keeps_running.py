# attack: a child process that escapes its session and keeps running after a right answer
# expect: AC
# local: AC
import os


def two_sum(nums, target):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            while True:
                pass
        os._exit(0)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
