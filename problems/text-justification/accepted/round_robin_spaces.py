class Solution:
    def fullJustify(self, words: List[str], maxWidth: int) -> List[str]:
        # Collect a line's words, then hand out the spare spaces one at a time, left gap first.
        result, line, letters = [], [], 0
        for word in words:
            if letters + len(word) + len(line) > maxWidth:
                gaps = len(line) - 1 or 1
                for i in range(maxWidth - letters):
                    line[i % gaps] += " "
                result.append("".join(line))
                line, letters = [], 0
            line.append(word)
            letters += len(word)
        return result + [" ".join(line).ljust(maxWidth)]
