# attack: fork bomb
# expect: TLE RE
# local: unsafe: no process-count limit on the host; a fork bomb would take the machine down
import os


def two_sum(nums, target):
    while True:
        try:
            os.fork()
        except OSError:
            pass
