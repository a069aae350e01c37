# Per letter, a window over that letter's positions: the gaps between its first and last copy
# cost one change each, and the changes left over extend the stretch (never past the string).
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        positions = {}
        for index, letter in enumerate(s):
            positions.setdefault(letter, []).append(index)
        best = 0
        for where in positions.values():
            first = 0
            for last in range(len(where)):
                while (where[last] - where[first] + 1) - (last - first + 1) > k:
                    first += 1
                best = max(best, last - first + 1 + k)
        return min(best, len(s))
