# attack: raise SystemExit
# expect: RE
# local: RE
def two_sum(nums, target):
    raise SystemExit("bye")
