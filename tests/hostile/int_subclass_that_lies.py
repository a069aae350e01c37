# attack: ints that claim to equal anything
# expect: WA
# local: WA
class Evil(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


def two_sum(nums, target):
    return [Evil(7), Evil(7)]
