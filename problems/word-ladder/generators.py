"""Up to 5000 words of up to 10 letters: a dense graph over three letters with the end word cut off
(the whole graph is searched, and a pairwise scan of the list takes N^2 steps), a 260-word ladder
hidden among random words (only one long way through), an end word missing from the list, and graphs
where a depth-first search finds a long way before the short one."""

import random


from judge.kit import Bound, strings

L = Bound("len(beginWord)", 1, 10)
N = Bound("len(wordList)", 1, 5000)
SIZE = "len(wordList) (words of 10 letters)"


def ladder(length, steps):
    """`steps` words in a row, each one letter from the next and at least two from every other
    (positions change in turn, each to the next letter); `steps` at most 24 * length, or the ladder
    comes back round towards its start."""
    counts = [0] * length
    words = []
    for k in range(steps):
        words.append("".join(chr(97 + c % 26) for c in counts))
        counts[k % length] += 1
    return words


def dense(rng, length, alphabet, count):
    """`count` distinct random words over a small alphabet: each has many neighbours."""
    words = set()
    while len(words) < count:
        words.add(strings.random_string(rng, length, alphabet))
    return sorted(words)


def sparse(rng, length, count, avoid):
    """`count` distinct random words over the whole alphabet, none in `avoid`."""
    words, taken = [], set(avoid)
    while len(words) < count:
        word = strings.random_string(rng, length)
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


def _case(begin, end, words, rng):
    words = list(words)
    rng.shuffle(words)
    return {"beginWord": begin, "endWord": end, "wordList": words}


def hidden_cases():
    rng = random.Random(127)
    cases = [
        ("one letter, direct", {"beginWord": "a", "endWord": "c", "wordList": ["a", "b", "c"]}),
        ("end missing from the list", {"beginWord": "hot", "endWord": "dog", "wordList": ["hot", "dot", "dog"][:2]}),
        ("end one letter away but missing", {"beginWord": "hit", "endWord": "hot", "wordList": ["hat", "hog"]}),
        ("begin also in the list", {"beginWord": "hot", "endWord": "dog", "wordList": ["hot", "dog", "dot"]}),
        ("end is the only word", {"beginWord": "ab", "endWord": "cd", "wordList": ["cd"]}),
    ]
    grid = dense(rng, 8, "abc", N.max)
    begin = grid[0]
    end = "zzzzzzzz"
    cases.append(("largest, dense, end cut off", _case(begin, end, grid[1:] + [end], rng)))
    cases.append(("largest, dense, end missing", _case(begin, end, grid[1:], rng)))
    cases.append(("largest, dense, far corners", _case("aaaaaaaa", "cccccccc",
                                                       [w for w in grid if w != "cccccccc"][:N.max - 1] + ["cccccccc"],
                                                       rng)))
    steps = ladder(10, 240)
    cases.append(("largest, a 240-word ladder among random words",
                  _case(steps[0], steps[-1], steps + sparse(rng, 10, N.max - 240, steps), rng)))
    cases.append(("largest, a 240-word ladder, begin outside the list",
                  _case(steps[0], steps[-1], steps[1:] + sparse(rng, 10, N.max - 239, steps), rng)))
    long_way = ladder(4, 30)
    shortcut = ["iaaa", "ihaa", "ihha"]  # aaaa -> iaaa -> ihaa -> ihha -> ihhh, the ladder's two ends
    cases.append(("a long ladder and a short way round", _case(long_way[0], long_way[-1], long_way + shortcut, rng)))
    binary = [format(i, "010b").replace("0", "a").replace("1", "b") for i in range(1024)]
    cases.append(("all 1024 words over a b of length 10", _case("a" * 10, "b" * 10, binary, rng)))
    for seed in range(1, 9):
        seeded = random.Random(seed)
        length, alphabet = seeded.randint(2, 5), "abcd"[:seeded.randint(2, 4)]
        words = dense(seeded, length, alphabet, max(1, int(len(alphabet) ** length * seeded.uniform(0.3, 0.7))))
        begin = strings.random_string(seeded, length, alphabet)
        cases.append((f"random {seed}", {"beginWord": begin, "endWord": seeded.choice(words), "wordList": words}))
    return [(name, case) for name, case in cases if case["beginWord"] != case["endWord"]]


def strategy():
    return strings.ladder_strategy(max_length=4, max_words=12)


def validate(case):
    strings.check_ladder(case, L, N)


def input_of_size(n, rng):
    """n words of 10 letters: six fixed, four from the first s letters with s^4 about 2n, so about half
    of the possible words are there and the graph stays connected at every size."""
    n = N.clamp(n)
    letters = strings.LOWER[:max(2, round((2 * n) ** 0.25 + 0.5))]
    words = ["aaaaaa" + word for word in dense(rng, 4, letters, min(n, len(letters) ** 4))]
    return {"beginWord": words[0], "endWord": words[-1], "wordList": words}
