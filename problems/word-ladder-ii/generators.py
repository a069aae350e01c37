"""Up to 500 words of up to 5 letters. The killer shape: cubes of words (every order of changing five
letters) multiply the shortest paths to 55296 at one word, which a long ladder then carries for 30
levels, while endWord sits at the end of a separate, single ladder further away. Only one path
reaches endWord, but a search that keeps whole paths in its queue extends all 55296, level after
level. Also: many answers (2880 ladders), endWord missing or cut off, and small random lists."""

import random
from collections import deque


from judge.kit import Bound, strings

L = Bound("len(beginWord)", 1, 5)
N = Bound("len(wordList)", 1, 500)
MAX_WORDS_IN_ANSWER = 10**5
SIZE = "len(wordList) (a ladder of 5-letter words)"


def cube(start, positions, letter):
    """Every word made from `start` by setting any of `positions` to `letter`: the orders of changing
    them all are len(positions)! shortest paths."""
    words = []
    for mask in range(1 << len(positions)):
        word = list(start)
        for bit, position in enumerate(positions):
            if mask >> bit & 1:
                word[position] = letter
        words.append("".join(word))
    return words


def ladder(start, steps, first_position=0, alphabet=None):
    """`steps` more words after `start`, each changing the next position in turn to its next letter
    (in `alphabet`, or the next letter of the alphabet): an induced path, no word one letter from a
    word two or more steps away, while no position comes back round."""
    word, words = list(start), []
    for k in range(steps):
        position = (first_position + k) % len(word)
        if alphabet is None:
            word[position] = chr(ord(word[position]) + 1)
        else:
            word[position] = alphabet[(alphabet.index(word[position]) + 1) if word[position] in alphabet else 0]
        words.append("".join(word))
    return words


def shortest_ladders(begin, end, words):
    """(number of shortest ladders, their total number of words), by counting paths in the BFS."""
    words = set(words)
    if end not in words:
        return 0, 0
    distance, ways = {begin: 0}, {begin: 1}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        for i in range(len(word)):
            for letter in strings.LOWER:
                candidate = word[:i] + letter + word[i + 1:]
                if candidate not in words:
                    continue
                if candidate not in distance:
                    distance[candidate] = distance[word] + 1
                    ways[candidate] = 0
                    queue.append(candidate)
                if distance[candidate] == distance[word] + 1:
                    ways[candidate] += ways[word]
    if end not in distance:
        return 0, 0
    return ways[end], ways[end] * (distance[end] + 1)


def explosion():
    """Three five-letter cubes in a row, a to b to c to d: every path to the next cube's start passes
    a word one change short of it, so each cube multiplies the shortest paths by 4! = 24, to 69120 at
    ddddd (15 steps from aaaaa). Then a 30-step ladder from ddddd; its first word changes position 0,
    so the cube's word with only position 0 left (cdddd) is left out: it would lead there directly."""
    words = set(cube("aaaaa", range(5), "b")) | set(cube("bbbbb", range(5), "c")) | set(cube("ccccc", range(5), "d"))
    words -= {"aaaaa", "cdddd"}
    return sorted(words) + ladder("ddddd", 30)


def far_end(begin, steps):
    """A single ladder of `steps` words from begin, its letters 'q' onwards (apart from the cubes' and
    the explosion ladder's letters, which stay below 'k')."""
    return ladder(begin, steps, alphabet="qrstuvwxyz")


def _case(rng, begin, end, words):
    words = list(words)
    rng.shuffle(words)
    return {"beginWord": begin, "endWord": end, "wordList": words}


def _named(name, case):
    count, _ = shortest_ladders(case["beginWord"], case["endWord"], case["wordList"])
    return f"{name} ({count} ladder{'' if count == 1 else 's'})", case


def hidden_cases():
    rng = random.Random(126)
    boom = explosion()
    away = far_end("aaaaa", 44)
    two_cubes = cube("aaaaa", range(5), "b")[1:] + cube("bbbbb", range(5), "c")[1:]
    cases = [
        ("one letter", {"beginWord": "a", "endWord": "c", "wordList": ["a", "b", "c"]}),
        ("end missing", {"beginWord": "hit", "endWord": "cog", "wordList": ["hot", "dot", "dog", "lot", "log"]}),
        ("end cut off", {"beginWord": "hit", "endWord": "cog", "wordList": ["hot", "dot", "cog"]}),
        ("begin in the list", {"beginWord": "red", "endWord": "tax",
                               "wordList": ["ted", "tex", "red", "tax", "tad", "den", "rex", "pee"]}),
        ("end next to begin", {"beginWord": "ab", "endWord": "ac", "wordList": ["ac", "bc", "bb", "ab"]}),
        _named("one cube", _case(rng, "aaaaa", "bbbbb", cube("aaaaa", range(5), "b")[1:])),
        _named("a cube and a square", _case(rng, "aaaaa", "ccbbb",
                                            cube("aaaaa", range(5), "b")[1:] + cube("bbbbb", range(2), "c")[1:])),
        _named("two cubes", _case(rng, "aaaaa", "ccccc", two_cubes)),
        _named("two cubes, the end one short of the second", _case(rng, "aaaaa", "ccccb", two_cubes)),
        _named("55296 paths inside, a single ladder to the end", _case(rng, "aaaaa", away[-1], boom + away)),
        _named("55296 paths inside, end cut off", _case(rng, "aaaaa", "zzzzz", boom + away[:-3] + ["zzzzz"])),
        _named("55296 paths inside, end missing", _case(rng, "aaaaa", away[-1], boom + away[:-1])),
        _named("55296 paths inside, end at the second cube", _case(rng, "aaaaa", "ccccc", boom + away)),
    ]
    dense = sorted({strings.random_string(rng, 3, "abcdef") for _ in range(400)})
    cases.append(_named("dense, 3 letters over abcdef", _case(rng, dense[0], dense[-1], dense)))
    for seed in range(1, 9):
        seeded = random.Random(seed)
        length, alphabet = seeded.randint(1, 4), "abcde"[:seeded.randint(2, 5)]
        pool = sorted({strings.random_string(seeded, length, alphabet) for _ in range(seeded.randint(2, 120))})
        begin = strings.random_string(seeded, length, alphabet)
        end = seeded.choice(pool)
        if begin != end:
            cases.append(_named(f"random {seed}", {"beginWord": begin, "endWord": end, "wordList": pool}))
    return cases


def strategy():
    return strings.ladder_strategy(max_length=3, max_words=10)


def validate(case):
    strings.check_ladder(case, L, N)
    begin, end, words = case["beginWord"], case["endWord"], case["wordList"]
    _, total = shortest_ladders(begin, end, words)
    assert total <= MAX_WORDS_IN_ANSWER, f"the shortest ladders hold {total} words in all, at most 10^5 allowed"


def input_of_size(n, rng):
    steps = N.clamp(n) - 1
    words = ["aaaaa"] + ladder("aaaaa", min(steps, 125))  # each position goes up to 25 letters at most
    return {"beginWord": words[0], "endWord": words[-1], "wordList": words}
