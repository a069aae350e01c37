"""Any order of exactly the letters in words under which words is sorted; "" exactly when none exists."""


def _sorted_under(words, rank):
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if rank[a] > rank[b]:
                    return f"{first!r} comes before {second!r}, so {a!r} must come before {b!r}"
                break
        else:
            if len(first) > len(second):
                return f"{first!r} comes before its prefix {second!r}"
    return None


def check(input, expected, got):
    words = input["words"]
    if not isinstance(got, str):
        return "the answer must be a string"
    if expected == "":
        return None if got == "" else "the words contradict every order, so the answer is \"\""
    if got == "":
        return "returned \"\" but an order exists"
    letters = set("".join(words))
    if len(got) != len(set(got)):
        return "a letter appears twice in the answer"
    if set(got) != letters:
        missing, extra = sorted(letters - set(got)), sorted(set(got) - letters)
        return f"the answer must hold exactly the letters of words (missing {''.join(missing)!r}, " \
               f"extra {''.join(extra)!r})"
    return _sorted_under(words, {letter: index for index, letter in enumerate(got)})
