"""The problem kit: the trusted helpers a problem's generators.py imports.

Generators run on the host (never in the sandbox) and must be deterministic: every
random helper takes a `random.Random` made from a fixed seed, and nothing iterates a
set of strings (whose order changes with PYTHONHASHSEED).

    from judge.kit import Bound, IntArray, trees, graphs, strings, intervals, lists, tensors, labelled, calls

    N = Bound("len(nums)", 2, 10**4)         # stated once ...
    V = Bound("nums[i]", -10**9, 10**9)
    def validate(case):                       # ... checked here,
        N.check(len(case["nums"])); V.check_all(case["nums"])
    def strategy():                           # ... drawn small here,
        return st.fixed_dictionaries({"nums": V.lists(N, max_size=10)})
    def hidden_cases():                       # ... and drawn at its largest here.
        rng = random.Random(1)
        return [("largest", {"nums": V.sample(rng, N.max)})]
"""

from judge.kit import calls, graphs, intervals, labelled, lists, strings, tensors, trees
from judge.kit.bounds import Bound, IntArray

__all__ = ["Bound", "IntArray", "calls", "graphs", "intervals", "labelled", "lists", "strings", "tensors", "trees"]
