# Try every length (1 to 3) of the first three parts; the fourth is what is left.
class Solution:
    def restoreIpAddresses(self, s: str) -> List[str]:
        def valid(part):
            return 1 <= len(part) <= 3 and str(int(part)) == part and int(part) <= 255

        answer = []
        n = len(s)
        for a in range(1, 4):
            for b in range(a + 1, a + 4):
                for c in range(b + 1, b + 4):
                    if c >= n:
                        continue
                    parts = [s[:a], s[a:b], s[b:c], s[c:]]
                    if all(valid(part) for part in parts):
                        answer.append(".".join(parts))
        return answer
