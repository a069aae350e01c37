# Bug: takes only the last digit as the count, so 12[a] repeats twice instead of twelve times.
class Solution:
    def decodeString(self, s):
        saved, current, count = [], "", 0
        for ch in s:
            if ch.isdigit():
                count = int(ch)
            elif ch == "[":
                saved.append((current, count))
                current, count = "", 0
            elif ch == "]":
                before, repeat = saved.pop()
                current = before + current * repeat
            else:
                current += ch
        return current
