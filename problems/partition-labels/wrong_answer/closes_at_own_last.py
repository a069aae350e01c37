# Bug: closes the part where the current letter ends, forgetting letters earlier in the part that end later.
class Solution:
    def partitionLabels(self, s):
        last = {letter: index for index, letter in enumerate(s)}
        sizes, start = [], 0
        for index, letter in enumerate(s):
            if last[letter] == index:
                sizes.append(index - start + 1)
                start = index + 1
        return sizes
