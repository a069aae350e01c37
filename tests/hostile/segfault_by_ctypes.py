# attack: crash the interpreter outright
# expect: RE
# local: RE
import ctypes


def two_sum(nums, target):
    return [ctypes.string_at(0), 0]
