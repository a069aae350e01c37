from collections import Counter


# Starts a single group at each distinct value, so extra copies are never checked.
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for start in sorted(count):
            if count[start] == 0:
                continue
            for value in range(start, start + groupSize):
                if count[value] == 0:
                    return False
                count[value] -= 1
        return True
