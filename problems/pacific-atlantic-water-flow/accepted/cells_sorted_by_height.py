# No search from the oceans: visit the cells from lowest to highest, a plateau of equal cells at a time.
# A plateau drains to an ocean if it touches that ocean's edge or a lower cell that already drains there.
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])
        order = sorted(((heights[r][c], r, c) for r in range(rows) for c in range(cols)))

        def reach(edge):
            ok = [[edge(r, c) for c in range(cols)] for r in range(rows)]
            done = [[False] * cols for _ in range(rows)]
            for h, r, c in order:
                if done[r][c]:
                    continue
                plateau, stack, good = [], [(r, c)], False
                done[r][c] = True
                while stack:
                    y, x = stack.pop()
                    plateau.append((y, x))
                    good = good or ok[y][x]
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < rows and 0 <= nx < cols:
                            if heights[ny][nx] == h and not done[ny][nx]:
                                done[ny][nx] = True
                                stack.append((ny, nx))
                            elif heights[ny][nx] < h and ok[ny][nx]:
                                good = True
                if good:
                    for y, x in plateau:
                        ok[y][x] = True
            return ok

        pacific = reach(lambda r, c: r == 0 or c == 0)
        atlantic = reach(lambda r, c: r == rows - 1 or c == cols - 1)
        return [[r, c] for r in range(rows) for c in range(cols) if pacific[r][c] and atlantic[r][c]]
