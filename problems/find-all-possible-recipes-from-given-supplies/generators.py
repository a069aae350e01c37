"""Up to 100 recipes of up to 100 ingredients: recipes needing many other recipes (a search without
memory decides each one once per path: 2^99 paths), chains in reverse order, cycles, missing names."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("n = len(recipes)", 1, 100)
K = Bound("len(ingredients[i])", 1, 100)
S = Bound("len(supplies)", 1, 100)
L = Bound("length of a name", 1, 10)
SIZE = "n = len(recipes), each needing up to 10 earlier-made names"


def _names(rng, count, taken=None):
    """`count` new distinct lowercase names of 1 to 10 letters, none already in `taken`."""
    taken = set() if taken is None else taken
    out = []
    while len(out) < count:
        name = strings.random_string(rng, rng.randint(3, L.max))
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


def _case(recipes, ingredients, supplies):
    return {"recipes": recipes, "ingredients": ingredients, "supplies": supplies}


def _layered(rng, n, supplies, fan_in, order="shuffled", cycle=False, unknown=False):
    """Recipe i needs up to `fan_in` of the recipes after it (the last ones need supplies only)."""
    taken = set(supplies)
    recipes = _names(rng, n, taken)
    ingredients = []
    for i in range(n):
        later = recipes[i + 1:i + 1 + fan_in]
        ingredients.append(later + rng.sample(supplies, min(len(supplies), K.max - len(later), 2)))
    if cycle:  # the last recipe needs the first: every recipe is on a cycle
        ingredients[-1] = [recipes[0]] + ingredients[-1][:K.max - 1]
    if unknown:  # the last recipe needs a name nobody has: nothing can be made
        ingredients[-1] = ingredients[-1][:K.max - 1] + _names(rng, 1, taken)
    pairs = list(zip(recipes, ingredients))
    if order == "shuffled":
        rng.shuffle(pairs)
    elif order == "reversed":
        pairs.reverse()
    for _, needs in pairs:
        rng.shuffle(needs)
    return _case([p[0] for p in pairs], [p[1] for p in pairs], supplies)


def _random(rng, n, supply_count, extra_names):
    supplies = _names(rng, supply_count)
    taken = set(supplies)
    recipes = _names(rng, n, taken)
    strangers = _names(rng, extra_names, taken)
    pool = recipes + supplies + strangers
    ingredients = [rng.sample(pool, rng.randint(1, min(K.max, len(pool), 6))) for _ in range(n)]
    return _case(recipes, ingredients, supplies)


def hidden_cases():
    rng = random.Random(2115)
    supplies = _names(rng, S.max)
    cases = [
        ("largest, each recipe needs all the later ones", _layered(rng, N.max, supplies, 99, "reversed")),
        ("largest, each recipe needs the next two", _layered(rng, N.max, supplies, 2)),
        ("largest, each needs the next ten, shuffled", _layered(rng, N.max, supplies, 10)),
        ("largest, chain in reverse order", _layered(rng, N.max, supplies, 1, "reversed")),
        ("largest, chain closed into a cycle", _layered(rng, N.max, supplies, 2, cycle=True)),
        ("largest, the deepest recipe needs a missing name", _layered(rng, N.max, supplies, 2, unknown=True)),
        ("largest, every recipe needs all 100 supplies",
         _case(_names(rng, N.max, set(supplies)), [rng.sample(supplies, S.max) for _ in range(N.max)], supplies)),
        ("largest, random with missing names", _random(rng, N.max, S.max, 20)),
        ("largest, random, one supply", _random(rng, N.max, 1, 0)),
    ]
    for seed in range(1, 9):
        r = random.Random(seed)
        cases.append((f"random {seed}", _random(r, r.randint(1, 12), r.randint(1, 6), r.randint(0, 3))))
    return cases


RECIPE_POOL = ["ra", "rb", "rc", "rd", "re", "rf"]
SUPPLY_POOL = ["sa", "sb", "sc"]
STRANGERS = ["xa", "xb"]


@st.composite
def _inputs(draw):
    recipes = draw(st.lists(st.sampled_from(RECIPE_POOL), min_size=1, max_size=6, unique=True))
    supplies = draw(st.lists(st.sampled_from(SUPPLY_POOL), min_size=1, max_size=3, unique=True))
    names = RECIPE_POOL + SUPPLY_POOL + STRANGERS
    ingredients = [draw(st.lists(st.sampled_from(names), min_size=1, max_size=4, unique=True)) for _ in recipes]
    return _case(recipes, ingredients, supplies)


def strategy():
    return _inputs()


def validate(case):
    recipes, ingredients, supplies = case["recipes"], case["ingredients"], case["supplies"]
    N.check(len(recipes))
    assert len(ingredients) == len(recipes), \
        f"len(ingredients) = {len(ingredients)} must equal len(recipes) = {len(recipes)}"
    S.check(len(supplies), "len(supplies)")
    for what, names in [("recipes", recipes), ("supplies", supplies)] + \
                       [(f"ingredients[{i}]", needs) for i, needs in enumerate(ingredients)]:
        for index, name in enumerate(names):
            strings.check(name, strings.LOWER, L.min, L.max, f"{what}[{index}]")
    for i, needs in enumerate(ingredients):
        K.check(len(needs), f"len(ingredients[{i}])")
        assert len(set(needs)) == len(needs), f"ingredients[{i}] repeats a name"
    assert len(set(recipes + supplies)) == len(recipes) + len(supplies), \
        "the names in recipes and supplies together must be distinct"


def input_of_size(n, rng):
    supplies = _names(rng, 10)
    return _layered(rng, N.clamp(n), supplies, 10)
