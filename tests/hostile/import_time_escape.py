# attack: at import time, read secrets and replace the builtins the runner might use
# expect: WA RE
# local: WA RE
import builtins
import os

STOLEN = sorted(k for k in os.environ if "CANARY" in k)
builtins.len = lambda x: 2
builtins.print = lambda *a, **k: None


def two_sum(nums, target):
    return STOLEN  # empty: nothing stolen (a wrong answer)
