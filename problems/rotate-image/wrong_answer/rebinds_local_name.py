# Bug: builds the rotated grid and rebinds the local name, so the caller's matrix never changes.
class Solution:
    def rotate(self, matrix):
        matrix = [list(row) for row in zip(*matrix[::-1])]
