# Bug: the last line is spread out like the others instead of left-justified.
class Solution:
    def fullJustify(self, words: List[str], maxWidth: int) -> List[str]:
        result, line, letters = [], [], 0
        lines = []
        for word in words:
            if letters + len(word) + len(line) > maxWidth:
                lines.append((line, letters))
                line, letters = [], 0
            line.append(word)
            letters += len(word)
        lines.append((line, letters))
        for line, letters in lines:
            if len(line) == 1:
                result.append(line[0].ljust(maxWidth))
                continue
            each, extra = divmod(maxWidth - letters, len(line) - 1)
            result.append("".join(w + " " * (each + (i < extra)) for i, w in enumerate(line[:-1])) + line[-1])
        return result
