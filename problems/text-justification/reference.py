class Solution:
    def fullJustify(self, words, maxWidth):
        lines, start = [], 0
        while start < len(words):
            # Greedy: as many words as fit with one space between each.
            end, width = start + 1, len(words[start])
            while end < len(words) and width + 1 + len(words[end]) <= maxWidth:
                width += 1 + len(words[end])
                end += 1
            line_words = words[start:end]
            gaps = len(line_words) - 1
            if end == len(words) or gaps == 0:
                line = " ".join(line_words)
                lines.append(line + " " * (maxWidth - len(line)))
            else:
                spare = maxWidth - sum(len(w) for w in line_words)
                each, extra = divmod(spare, gaps)
                parts = []
                for i, word in enumerate(line_words[:-1]):
                    parts.append(word + " " * (each + (1 if i < extra else 0)))
                parts.append(line_words[-1])
                lines.append("".join(parts))
            start = end
        return lines
