# attack: return a list that contains itself
# expect: RE
# local: RE
def two_sum(nums, target):
    loop = [0, 1]
    loop.append(loop)
    return loop
