# Dijkstra with a heap from all the gates (every step costs 1, so this is BFS with a heap as the queue).
import heapq


class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        rows, cols = len(rooms), len(rooms[0])
        heap = [(0, r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0]
        heapq.heapify(heap)
        while heap:
            d, r, c = heapq.heappop(heap)
            if d > rooms[r][c]:
                continue
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and rooms[nr][nc] > d + 1:
                    rooms[nr][nc] = d + 1
                    heapq.heappush(heap, (d + 1, nr, nc))
