# Repeatedly expands the innermost k[letters] groups with a regular expression until no brackets remain.
import re


class Solution:
    def decodeString(self, s: str) -> str:
        innermost = re.compile(r"(\d+)\[([a-z]*)\]")
        while "[" in s:
            s = innermost.sub(lambda m: m.group(2) * int(m.group(1)), s)
        return s
