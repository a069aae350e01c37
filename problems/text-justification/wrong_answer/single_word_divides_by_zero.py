# Bug: every line but the last is spread over len(line) - 1 gaps, which is 0 for a line
# holding one long word (ZeroDivisionError).
class Solution:
    def fullJustify(self, words: List[str], maxWidth: int) -> List[str]:
        result, line, letters = [], [], 0
        for word in words:
            if letters + len(word) + len(line) > maxWidth:
                each, extra = divmod(maxWidth - letters, len(line) - 1)
                result.append("".join(w + " " * (each + (i < extra)) for i, w in enumerate(line[:-1])) + line[-1])
                line, letters = [], 0
            line.append(word)
            letters += len(word)
        return result + [" ".join(line).ljust(maxWidth)]
