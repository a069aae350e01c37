from collections import Counter


# Starts groups from the values in the order they were dealt, not from the smallest.
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for start in count:
            copies = count[start]
            if not copies:
                continue
            for value in range(start, start + groupSize):
                if count[value] < copies:
                    return False
                count[value] -= copies
        return True
