# Bug: looks values up in a set without counting them, so one 0 (or one x with -2x) is used twice.
class Solution:
    def threeSum(self, nums):
        values = sorted(set(nums))
        present = set(values)
        triples = []
        for i, a in enumerate(values):
            for b in values[i:]:
                c = -a - b
                if c >= b and c in present:
                    triples.append([a, b, c])
        return triples
