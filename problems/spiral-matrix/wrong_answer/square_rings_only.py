# Bug: counts the rings as if the matrix were square (min(m, n) // 2 full rings, then one centre cell),
# so the middle strip of a wide or tall matrix is cut to a single element.
class Solution:
    def spiralOrder(self, matrix):
        rows, cols = len(matrix), len(matrix[0])
        order = []
        for ring in range(min(rows, cols) // 2):
            top, bottom, left, right = ring, rows - 1 - ring, ring, cols - 1 - ring
            order += matrix[top][left:right + 1]
            order += [matrix[row][right] for row in range(top + 1, bottom + 1)]
            order += matrix[bottom][left:right][::-1]
            order += [matrix[row][left] for row in range(bottom - 1, top, -1)]
        if min(rows, cols) % 2:
            middle = min(rows, cols) // 2
            order.append(matrix[middle][middle])
        return order
