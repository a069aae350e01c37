# Bug: checks the first three parts and takes the rest of the string as the fourth unchecked, so a fourth
# part of 4 or more digits, over 255 or with a leading zero slips through.
class Solution:
    def restoreIpAddresses(self, s):
        def valid(part):
            return 1 <= len(part) <= 3 and (part == "0" or part[0] != "0") and int(part) <= 255

        answer = []
        for a in range(1, 4):
            for b in range(a + 1, a + 4):
                for c in range(b + 1, b + 4):
                    if c < len(s) and valid(s[:a]) and valid(s[a:b]) and valid(s[b:c]):
                        answer.append(".".join([s[:a], s[a:b], s[b:c], s[c:]]))
        return answer
