import re

NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


class Solution:
    def isNumber(self, s: str) -> bool:
        return NUMBER.fullmatch(s) is not None
