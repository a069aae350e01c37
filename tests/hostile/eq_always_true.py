# attack: return an object whose __eq__ always says True
# expect: WA
# local: WA
class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0


def two_sum(nums, target):
    return AlwaysEqual()
