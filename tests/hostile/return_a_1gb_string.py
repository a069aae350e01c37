# attack: return a 1 GB string
# expect: MLE OLE
# local: MLE OLE
def two_sum(nums, target):
    return "x" * 10**9
