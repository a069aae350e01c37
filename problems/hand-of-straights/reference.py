from collections import Counter


class Solution:
    def isNStraightHand(self, hand, groupSize):
        """The smallest card left must start a group: take groups off the counts, smallest value first."""
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for start in sorted(count):
            copies = count[start]
            if not copies:
                continue
            for value in range(start, start + groupSize):
                if count[value] < copies:
                    return False
                count[value] -= copies
        return True
