# Bug: binary search on t over 0..n^2 - 2, so the answer n^2 - 1 can never be returned.
from collections import deque


class Solution:
    def swimInWater(self, grid):
        n = len(grid)

        def can_reach(t):
            if grid[0][0] > t:
                return False
            seen = {(0, 0)}
            queue = deque([(0, 0)])
            while queue:
                r, c = queue.popleft()
                if (r, c) == (n - 1, n - 1):
                    return True
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen and grid[nr][nc] <= t:
                        seen.add((nr, nc))
                        queue.append((nr, nc))
            return False

        low, high = 0, n * n - 2
        while low < high:
            middle = (low + high) // 2
            if can_reach(middle):
                high = middle
            else:
                low = middle + 1
        return low
