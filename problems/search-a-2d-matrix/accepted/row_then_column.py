# Two binary searches: the last row starting at or below target, then that row.
from bisect import bisect_left, bisect_right


class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        row = bisect_right([line[0] for line in matrix], target) - 1  # O(m) to build; m <= 100
        if row < 0:
            return False
        column = bisect_left(matrix[row], target)
        return column < len(matrix[row]) and matrix[row][column] == target
