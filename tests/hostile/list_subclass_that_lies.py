# attack: a list subclass that lies in __eq__, __iter__, __len__ and __repr__
# expect: WA
# local: WA
class Liar(list):
    def __eq__(self, other):
        return True

    def __iter__(self):
        return iter([0, 1])

    def __len__(self):
        return 2

    def __repr__(self):
        return "[0, 1]"


def two_sum(nums, target):
    return Liar([9, 9])
