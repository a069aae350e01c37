# attack: raise KeyboardInterrupt
# expect: RE
# local: RE
def two_sum(nums, target):
    raise KeyboardInterrupt
