# Length prefix without a separator, read back as a single digit: breaks at length 10.
class Codec:
    def encode(self, strs):
        return "".join(str(len(s)) + s for s in strs)

    def decode(self, s):
        strs, i = [], 0
        while i < len(s):
            length = int(s[i])
            strs.append(s[i + 1:i + 1 + length])
            i += 1 + length
        return strs
