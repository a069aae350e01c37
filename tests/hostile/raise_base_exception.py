# attack: raise a bare BaseException
# expect: RE
# local: RE
def two_sum(nums, target):
    raise BaseException("not an Exception")
