# Manacher's algorithm, O(n): palindrome radii on "#a#b#...#", reusing the mirror of each centre.
class Solution:
    def countSubstrings(self, s: str) -> int:
        t = "#" + "#".join(s) + "#"
        radius = [0] * len(t)
        centre = right = 0
        for i in range(len(t)):
            if i < right:
                radius[i] = min(right - i, radius[2 * centre - i])
            while i - radius[i] - 1 >= 0 and i + radius[i] + 1 < len(t) and t[i - radius[i] - 1] == t[i + radius[i] + 1]:
                radius[i] += 1
            if i + radius[i] > right:
                centre, right = i, i + radius[i]
        return sum((r + 1) // 2 for r in radius)
