# attack: die of a real-time signal (40), which has no name in Python's signal.Signals
# expect: RE
# local: RE
import os


def two_sum(nums, target):
    os.kill(os.getpid(), 40)
