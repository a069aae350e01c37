# Bug: records where each part ends instead of how long it is.
class Solution:
    def partitionLabels(self, s):
        last = {letter: index for index, letter in enumerate(s)}
        ends, end = [], 0
        for index, letter in enumerate(s):
            end = max(end, last[letter])
            if index == end:
                ends.append(end + 1)
        return ends
