class Solution:
    def minPathSum(self, grid):
        """One row of best sums, updated left to right: best[j] is the cheaper of above (old best[j]) and left."""
        best = []
        for value in grid[0]:
            best.append(value + (best[-1] if best else 0))  # the top row: only from the left
        for row in grid[1:]:
            best[0] += row[0]  # the left column: only from above
            for j in range(1, len(row)):
                best[j] = row[j] + min(best[j], best[j - 1])
        return best[-1]
