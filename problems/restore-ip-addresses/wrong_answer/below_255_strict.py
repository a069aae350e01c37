# Bug: a part must be below 255 rather than at most 255, so addresses with a 255 in them are lost.
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
                if (part == "0" or part[0] != "0") and int(part) < 255:
                    extend(end, parts + [part])

        extend(0, [])
        return answer
