# attack: write outside the scratch space (root, /etc, the runner's code, /dev/shm)
# expect: WA
# local: unsafe: the local backend runs as you and can write wherever you can
import os


def two_sum(nums, target):
    written = []
    for path in ("/judge-was-here", "/etc/judge-was-here", "/opt/judge_worker/runner.py", "/dev/shm/x",
                 "/var/tmp/judge-was-here", "/home/judge-was-here"):
        try:
            with open(path, "a") as f:
                f.write("pwned")
            written.append(path)
        except OSError:
            pass
    return written  # the empty list: nothing could be written (a wrong answer)
