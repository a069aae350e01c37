# Bug: uses each letter's first occurrence instead of its last, so parts close too early.
class Solution:
    def partitionLabels(self, s):
        first = {}
        for index, letter in enumerate(s):
            first.setdefault(letter, index)
        sizes, start, end = [], 0, 0
        for index, letter in enumerate(s):
            end = max(end, first[letter])
            if index == end:
                sizes.append(end - start + 1)
                start = index + 1
        return sizes
