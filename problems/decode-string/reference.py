class Solution:
    def decodeString(self, s):
        """On '[' save the text so far and the count; on ']' repeat the inner text and resume."""
        saved = []
        parts, count = [], 0
        for ch in s:
            if ch.isdigit():
                count = count * 10 + int(ch)
            elif ch == "[":
                saved.append((parts, count))
                parts, count = [], 0
            elif ch == "]":
                inner = "".join(parts)
                parts, repeat = saved.pop()
                parts.append(inner * repeat)
            else:
                parts.append(ch)
        return "".join(parts)
