# attack: search the filesystem for hidden cases, the reference, other submissions
# expect: WA
# local: unsafe: the local backend can read every file you can, hidden cases included
import os


def two_sum(nums, target):
    found = []
    for top in ("/", "/tmp", "/opt", "/home", "/root", "/srv", "/work", "/run", "/mnt"):
        for folder, dirs, files in os.walk(top):
            if folder.startswith(("/proc", "/sys", "/usr", "/dev")):
                dirs[:] = []
                continue
            for name in files:
                if name in ("cases.yaml", "reference.py", "problem.yaml", "checker.py") or name.endswith(".jsonl"):
                    found.append(os.path.join(folder, name))
    return found  # the empty list: nothing found (a wrong answer)
