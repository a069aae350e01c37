# Bug: does not reset the count after '[', so the next count's digits are appended to the old one (2[a]3[b] repeats b 23 times).
class Solution:
    def decodeString(self, s):
        saved, current, count = [], "", 0
        for ch in s:
            if ch.isdigit():
                count = count * 10 + int(ch)
            elif ch == "[":
                saved.append((current, count))
                current = ""
            elif ch == "]":
                before, repeat = saved.pop()
                current = before + current * repeat
            else:
                current += ch
        return current
