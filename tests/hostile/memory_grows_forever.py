# attack: a list that grows forever
# expect: MLE
# local: MLE
def two_sum(nums, target):
    hog = []
    while True:
        hog.append(bytearray(1 << 20))
