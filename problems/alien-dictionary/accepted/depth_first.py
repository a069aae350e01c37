class Solution:
    def alienOrder(self, words: List[str]) -> str:
        """Depth-first topological sort with three colours; a grey letter met again is a cycle."""
        after = {c: [] for word in words for c in word}
        for first, second in zip(words, words[1:]):
            for a, b in zip(first, second):
                if a != b:
                    after[a].append(b)
                    break
            else:
                if len(first) > len(second):
                    return ""
        colour, order = {}, []

        def visit(letter):
            colour[letter] = "grey"
            for later in after[letter]:
                if colour.get(later) == "grey":
                    return False
                if later not in colour and not visit(later):
                    return False
            colour[letter] = "black"
            order.append(letter)
            return True

        for letter in after:
            if letter not in colour and not visit(letter):
                return ""
        return "".join(reversed(order))
