class Codec:
    """Length, '#', then the string: the decoder never looks inside a string for a delimiter."""

    def encode(self, strs):
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, s):
        strs, i = [], 0
        while i < len(s):
            hash_at = s.index("#", i)
            length = int(s[i:hash_at])
            strs.append(s[hash_at + 1:hash_at + 1 + length])
            i = hash_at + 1 + length
        return strs
