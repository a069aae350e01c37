# Bug: on ']' keeps only the repeated text and forgets what came before the '[' (x2[y] gives yy).
class Solution:
    def decodeString(self, s):
        counts, current, count = [], "", 0
        for ch in s:
            if ch.isdigit():
                count = count * 10 + int(ch)
            elif ch == "[":
                counts.append(count)
                current, count = "", 0
            elif ch == "]":
                current = current * counts.pop()
            else:
                current += ch
        return current
