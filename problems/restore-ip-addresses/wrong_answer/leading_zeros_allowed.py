# Bug: checks only that each part is at most 255, so parts like "01" and "00" are accepted.
class Solution:
    def restoreIpAddresses(self, s):
        answer = []

        def extend(start, parts):
            if len(parts) == 4:
                if start == len(s):
                    answer.append(".".join(parts))
                return
            for end in range(start + 1, min(start + 3, len(s)) + 1):
                part = s[start:end]
                if int(part) <= 255:
                    extend(end, parts + [part])

        extend(0, [])
        return answer
