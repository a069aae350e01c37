# Bug: a word is added only when the line stays strictly shorter than maxWidth, so a line that
# would fill the width exactly is broken one word early.
class Solution:
    def fullJustify(self, words: List[str], maxWidth: int) -> List[str]:
        result, line, letters = [], [], 0
        for word in words:
            if line and letters + len(word) + len(line) >= maxWidth:
                if len(line) == 1:
                    result.append(line[0].ljust(maxWidth))
                else:
                    each, extra = divmod(maxWidth - letters, len(line) - 1)
                    result.append("".join(w + " " * (each + (i < extra)) for i, w in enumerate(line[:-1])) + line[-1])
                line, letters = [], 0
            line.append(word)
            letters += len(word)
        return result + [" ".join(line).ljust(maxWidth)]
