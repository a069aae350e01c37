# attack: return a 100 MB string (within the memory limit, over the answer size cap)
# expect: OLE
# local: OLE
def two_sum(nums, target):
    return "x" * (100 * 1024 * 1024)
