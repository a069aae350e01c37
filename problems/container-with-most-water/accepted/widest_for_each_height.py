# O(n log n): take walls from the highest down; a wall pairs best with the farthest wall
# at least as high, i.e. the leftmost or rightmost position among those already taken.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        order = sorted(range(len(height)), key=lambda i: -height[i])
        leftmost = rightmost = order[0]
        best = 0
        for i in order[1:]:
            best = max(best, height[i] * max(i - leftmost, rightmost - i))
            leftmost, rightmost = min(leftmost, i), max(rightmost, i)
        return best
