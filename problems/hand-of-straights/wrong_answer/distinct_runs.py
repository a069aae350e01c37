# Checks that the distinct values form runs whose lengths are multiples of groupSize, ignoring how many copies.
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        values = sorted(set(hand))
        run = 1
        for previous, value in zip(values, values[1:]):
            if value == previous + 1:
                run += 1
            else:
                if run % groupSize:
                    return False
                run = 1
        return run % groupSize == 0
