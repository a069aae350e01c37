class Solution:
    def simplifyPath(self, path: str) -> str:
        # Read one piece at a time by index, and cut the answer back at ".." instead of a stack of names.
        out = []          # characters of the canonical path so far, without the leading "/"
        starts = []       # where each name begins in out
        i, n = 0, len(path)
        while i < n:
            while i < n and path[i] == "/":
                i += 1
            j = i
            while j < n and path[j] != "/":
                j += 1
            piece = path[i:j]
            if piece == "..":
                if starts:
                    del out[starts.pop():]
            elif piece and piece != ".":
                starts.append(len(out))
                out.extend("/" + piece)
            i = j
        return "".join(out) or "/"
