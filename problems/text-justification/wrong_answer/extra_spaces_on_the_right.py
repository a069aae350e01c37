# Bug: the uneven spaces go to the rightmost gaps instead of the leftmost.
class Solution:
    def fullJustify(self, words: List[str], maxWidth: int) -> List[str]:
        result, line, letters = [], [], 0
        for word in words:
            if letters + len(word) + len(line) > maxWidth:
                if len(line) == 1:
                    result.append(line[0].ljust(maxWidth))
                else:
                    gaps = len(line) - 1
                    each, extra = divmod(maxWidth - letters, gaps)
                    text = line[0]
                    for i, w in enumerate(line[1:]):
                        text += " " * (each + (1 if i >= gaps - extra else 0)) + w
                    result.append(text)
                line, letters = [], 0
            line.append(word)
            letters += len(word)
        return result + [" ".join(line).ljust(maxWidth)]
