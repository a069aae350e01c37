# attack: do the work in forked processes that are never reaped, so neither wait4 nor the child's CPU clock counts them
# expect: TLE
# local: TLE
import os


def burn(seconds):
    while sum(os.times()[:2]) < seconds:
        pass


def two_sum(nums, target):
    for _ in range(4):  # 1.4 s of CPU against a 1 s limit, in processes the child never waits for
        reader, writer = os.pipe()
        if os.fork() == 0:
            burn(0.35)
            os.write(writer, b"x")
            os._exit(0)
        os.read(reader, 1)
        os.close(reader)
        os.close(writer)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
