class Solution:
    def restoreIpAddresses(self, s):
        """Backtrack over the four parts, each 1 to 3 digits, valid when <= 255 without a leading zero."""
        answer, parts = [], []

        def valid(part):
            return (part == "0" or part[0] != "0") and int(part) <= 255

        def extend(start):
            if len(parts) == 4:
                if start == len(s):
                    answer.append(".".join(parts))
                return
            digits_left, parts_left = len(s) - start, 4 - len(parts)
            if not parts_left <= digits_left <= 3 * parts_left:
                return
            for end in range(start + 1, min(start + 3, len(s)) + 1):
                part = s[start:end]
                if valid(part):
                    parts.append(part)
                    extend(end)
                    parts.pop()

        extend(0)
        return answer
