# attack: return something that cannot be serialised: a generator
# expect: WA
# local: WA
def two_sum(nums, target):
    return (i for i in range(2))
