class Solution:
    def partitionLabels(self, s):
        """Stretch the current part to the last occurrence of every letter in it; close it when reached."""
        last = {letter: index for index, letter in enumerate(s)}
        sizes, start, end = [], 0, 0
        for index, letter in enumerate(s):
            end = max(end, last[letter])
            if index == end:
                sizes.append(end - start + 1)
                start = index + 1
        return sizes
