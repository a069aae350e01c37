class Solution:
    def uniquePaths(self, m, n):
        """One row of the table, updated in place: paths[j] += paths[j - 1] adds the cell to the left."""
        paths = [1] * n  # the top row: only one way along it
        for _ in range(1, m):
            for j in range(1, n):
                paths[j] += paths[j - 1]
        return paths[-1]
