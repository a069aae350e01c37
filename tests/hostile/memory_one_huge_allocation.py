# attack: one huge allocation
# expect: MLE
# local: MLE
def two_sum(nums, target):
    block = bytearray(50 * 1024**3)
    return [0, len(block)]
