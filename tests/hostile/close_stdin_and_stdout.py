# attack: close and replace stdin/stdout/stderr, then answer correctly (the judge must not break)
# expect: AC
# local: AC
import io
import os
import sys


def two_sum(nums, target):
    for fd in (0, 1, 2):
        os.close(fd)
    sys.stdout = io.StringIO()
    sys.stdin = io.StringIO("[0, 1]")
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
