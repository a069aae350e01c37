# A delimiter that "never appears": it does, the strings hold any ASCII character.
class Codec:
    def encode(self, strs):
        return "#".join(strs)

    def decode(self, s):
        return s.split("#")
