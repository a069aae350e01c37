# Recursive descent: decode(i) decodes from index i up to the matching ']' (or the end) and says where it stopped.
class Solution:
    def decodeString(self, s: str) -> str:
        def decode(i):
            out = []
            while i < len(s) and s[i] != "]":
                if s[i].isdigit():
                    count = 0
                    while s[i].isdigit():
                        count = count * 10 + int(s[i])
                        i += 1
                    inner, i = decode(i + 1)  # skip the '['; i ends on the matching ']'
                    out.append(inner * count)
                else:
                    out.append(s[i])
                i += 1
            return "".join(out), i

        return decode(0)[0]
