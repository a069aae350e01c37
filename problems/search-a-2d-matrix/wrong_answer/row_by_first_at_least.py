# Bug: picks the first row whose first number is >= target, so a target inside the row above is missed.
from bisect import bisect_left


class Solution:
    def searchMatrix(self, matrix, target):
        row = bisect_left([line[0] for line in matrix], target)
        if row == len(matrix):
            row -= 1
        column = bisect_left(matrix[row], target)
        return column < len(matrix[row]) and matrix[row][column] == target
