# Brute force: k times, scan the remaining points for the closest and take it out: O(n * k).
class Solution:
    def kClosest(self, points, k):
        remaining, chosen = list(points), []
        for _ in range(k):
            best = 0
            for i in range(1, len(remaining)):
                x, y = remaining[i]
                bx, by = remaining[best]
                if x * x + y * y < bx * bx + by * by:
                    best = i
            chosen.append(remaining.pop(best))
        return chosen
