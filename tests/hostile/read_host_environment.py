# attack: read the host's environment variables
# expect: WA
# local: WA
import os


def two_sum(nums, target):
    return sorted(key for key in os.environ if "CANARY" in key or "SECRET" in key or "TOKEN" in key)
