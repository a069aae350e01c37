from collections import Counter


class Solution:
    def threeSum(self, nums):
        # On distinct values: every triple other than three zeros is a <= c <= b with a < 0 < b.
        count = Counter(nums)
        triples = [[0, 0, 0]] if count[0] >= 3 else []
        negatives = [x for x in count if x < 0]
        positives = [x for x in count if x > 0]
        for a in negatives:
            for b in positives:
                c = -a - b
                if c == a or c == b:
                    if count[c] >= 2:  # the value is used twice
                        triples.append([a, c, b])
                elif a < c < b and c in count:
                    triples.append([a, c, b])
        return triples
