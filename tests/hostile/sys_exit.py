# attack: sys.exit with success
# expect: RE
# local: RE
import sys


def two_sum(nums, target):
    sys.exit(0)
