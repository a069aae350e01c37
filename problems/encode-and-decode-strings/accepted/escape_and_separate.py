class Codec:
    """Escape '/' as '//', end every string with '/:'; a lone '/' is always followed by ':'."""

    def encode(self, strs: List[str]) -> str:
        return "".join(s.replace("/", "//") + "/:" for s in strs)

    def decode(self, s: str) -> List[str]:
        strs, current, i = [], [], 0
        while i < len(s):
            if s[i] == "/":
                if s[i + 1] == ":":
                    strs.append("".join(current))
                    current = []
                else:
                    current.append("/")
                i += 2
            else:
                current.append(s[i])
                i += 1
        return strs
