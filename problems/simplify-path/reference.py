class Solution:
    def simplifyPath(self, path):
        directories = []
        for piece in path.split("/"):
            if piece == "..":
                if directories:
                    directories.pop()
            elif piece and piece != ".":
                directories.append(piece)
        return "/" + "/".join(directories)
