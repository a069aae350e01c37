# A set of pattern positions, advanced one letter of s at a time (a Thompson-style automaton):
# a starred token can be skipped for free, so each set is closed under skipping before use.
class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        tokens = []
        j = 0
        while j < len(p):
            starred = j + 1 < len(p) and p[j + 1] == "*"
            tokens.append((p[j], starred))
            j += 2 if starred else 1

        def closure(positions):
            out = set()
            for k in positions:
                while k not in out:
                    out.add(k)
                    if k < len(tokens) and tokens[k][1]:
                        k += 1
                    else:
                        break
            return out

        current = closure({0})
        for letter in s:
            following = set()
            for k in current:
                if k < len(tokens) and tokens[k][0] in (letter, "."):
                    following.add(k if tokens[k][1] else k + 1)
            current = closure(following)
            if not current:
                return False
        return len(tokens) in current
