# attack: do the work in forked processes that the child reaps, in the child LeetCode reuses case after case, whose CPU clock counts only its own threads
# expect: TLE
# local: TLE
import os


def burn(seconds):
    while os.times()[0] + os.times()[1] < seconds:
        pass


def two_sum(nums, target):
    for _ in range(4):  # 1.4 s of CPU against a 1 s limit
        pid = os.fork()
        if pid == 0:
            burn(0.35)
            os._exit(0)
        os.waitpid(pid, 0)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
