# Exponential in the number of orderings: tries every sequence, then removes repeats by sorting each.
class Solution:
    def combinationSum(self, candidates, target):
        found = set()

        def extend(remaining, path):
            if remaining == 0:
                found.add(tuple(sorted(path)))
                return
            for value in candidates:
                if value <= remaining:
                    path.append(value)
                    extend(remaining - value, path)
                    path.pop()

        extend(target, [])
        return [list(combo) for combo in found]
