# attack: os._exit before returning
# expect: RE
# local: RE
import os


def two_sum(nums, target):
    os._exit(0)
