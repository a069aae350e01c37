# attack: walk /proc for the runner's memory, environment, arguments and descriptors
# expect: WA
# local: unsafe: the local backend's runner is your own process, readable by the submission
import os


def two_sum(nums, target):
    stolen = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        for what in ("environ", "mem", "fd/0", "fd/1", "maps"):
            try:
                with open(f"/proc/{pid}/{what}", "rb") as f:
                    f.read(16)
                stolen.append(f"{pid}/{what}")
            except OSError:
                pass
    return stolen  # the empty list: nothing readable (a wrong answer)
