"""The problem kit: what generators build is what LeetCode's conventions and the constraints say."""

import random

import pytest
from hypothesis import given, settings

from judge.kit import Bound, IntArray, calls, graphs, intervals, labelled, strings, tensors, trees
from judge.kit.lists import LoopedLists
from judge.kit.trees import BinaryTrees


def test_a_bound_reads_as_leetcode_writes_it():
    assert str(Bound("len(nums)", 1, 10**5)) == "1 <= len(nums) <= 10^5"
    assert str(Bound("nums[i]", -10**9, 10**9)) == "-10^9 <= nums[i] <= 10^9"


def test_a_bound_names_the_value_that_breaks_it():
    with pytest.raises(AssertionError, match=r"len\(nums\) = 0, the constraint is 1 <= len\(nums\) <= 10\^5"):
        Bound("len(nums)", 1, 10**5).check(0)
    with pytest.raises(AssertionError, match=r"element 2"):
        Bound("nums[i]", 0, 9).check_all([1, 2, 10])
    with pytest.raises(AssertionError, match="must be an int, found bool"):
        Bound("k", 0, 9).check(True)


def test_a_bound_draws_within_itself():
    rng, bound = random.Random(0), Bound("x", -3, 3)
    assert all(v in bound for v in bound.sample(rng, 200))
    assert sorted(bound.distinct(rng, 7)) == list(range(-3, 4))
    with pytest.raises(ValueError):
        bound.distinct(rng, 8)


@given(Bound("nums[i]", -5, 5).lists(Bound("len(nums)", 2, 10**4), max_size=6))
def test_a_bound_strategy_respects_both_bounds(nums):
    assert 2 <= len(nums) <= 6 and all(-5 <= v <= 5 for v in nums)


NUMS = IntArray("nums", Bound("len(nums)", 1, 100), Bound("nums[i]", 0, 400))


def test_an_int_array_case_is_named_by_its_argument_and_stays_within_both_bounds():
    assert NUMS.case([1, 2]) == {"nums": [1, 2]}
    for size in (0, 1, 50, 10**6):
        case = NUMS.input_of_size(size, random.Random(size))
        NUMS.validate(case)
        assert len(case["nums"]) == min(max(size, 1), 100)


def test_seeded_int_array_cases_are_named_by_their_seed_and_drawn_from_it_alone():
    cases = NUMS.seeded_cases(range(1, 4))
    assert [name for name, _ in cases] == ["random 1", "random 2", "random 3"]
    rng = random.Random(2)
    assert cases[1][1] == {"nums": [rng.randint(0, 400) for _ in range(rng.randint(1, 100))]}
    assert NUMS.seeded_cases(range(1, 4)) == cases


def test_an_int_array_names_the_value_that_breaks_it():
    with pytest.raises(AssertionError, match=r"len\(nums\) = 0, the constraint is 1 <= len\(nums\) <= 100"):
        NUMS.validate({"nums": []})
    with pytest.raises(AssertionError, match=r"nums\[i\] \(element 1\) = 401"):
        NUMS.validate({"nums": [0, 401]})
    with pytest.raises(AssertionError, match="nums must be a list, found str"):
        NUMS.validate({"nums": "12"})
    with pytest.raises(AssertionError, match=r"nums\[i\] \(element 0\) = -1"):
        NUMS.check([-1])


@settings(max_examples=50)
@given(NUMS.strategy())
def test_the_int_array_strategy_mixes_small_values_with_the_largest(case):
    NUMS.validate(case)
    assert len(case["nums"]) <= 10 and all(v <= 9 or v == 400 for v in case["nums"])


@settings(max_examples=50)
@given(NUMS.strategy(Bound("nums[i]", 0, 400).integers(high=3), max_size=4))
def test_the_int_array_strategy_draws_the_values_it_is_given(case):
    assert 1 <= len(case["nums"]) <= 4 and all(0 <= v <= 3 for v in case["nums"])


def test_every_case_of_a_bound_runs_small_to_large_and_names_the_largest():
    assert Bound("n", 1, 3).every_case("n") == [("n = 1", {"n": 1}), ("n = 2", {"n": 2}), ("n = 3, the largest", {"n": 3})]
    assert [name for name, _ in Bound("n", 1, 2).every_case("n", label="n={value}", largest="")] == ["n=1", "n=2"]


def test_a_walk_stays_within_its_bound_and_moves_at_most_a_step_at_a_time():
    prices = Bound("prices[i]", 0, 100).walk(random.Random(3), 10**4, 30)
    assert all(0 <= price <= 100 for price in prices) and {0, 100} <= set(prices)
    assert abs(prices[0] - 50) <= 30 and all(abs(a - b) <= 30 for a, b in zip(prices, prices[1:]))
    assert abs(Bound("prices[i]", 0, 100).walk(random.Random(3), 1, 5, start=90)[0] - 90) <= 5


@pytest.mark.parametrize("shape", trees.SHAPES)
def test_every_tree_shape_is_a_well_formed_level_order_list(shape):
    rng = random.Random(1)
    for n in (0, 1, 2, 7, 100):
        level = trees.tree(rng, n, list(range(n)), shape)
        assert trees.count_nodes(level) == n
        assert sorted(v for v in level if v is not None) == list(range(n))
        assert trees.level_order(*trees.parse(level)) == level


def test_chains_are_as_deep_as_they_are_long():
    rng = random.Random(2)
    assert trees.depth(trees.tree(rng, 1000, [0] * 1000, "left_chain")) == 1000
    assert trees.depth(trees.tree(rng, 1023, [0] * 1023, "complete")) == 10


@pytest.mark.parametrize("shape", trees.SHAPES)
def test_a_bst_of_any_shape_is_a_search_tree(shape):
    rng = random.Random(3)
    level = trees.bst(rng, rng.sample(range(-1000, 1000), 300), shape)
    assert trees.is_bst(level) and trees.count_nodes(level) == 300


TREES = BinaryTrees(Bound("number of nodes", 0, 50), Bound("Node.val", -100, 100))


def test_binary_tree_cases_come_in_every_shape_at_the_largest_size_and_in_the_sizes_asked():
    rng = random.Random(7)
    shaped = TREES.every_shape(rng)
    assert [name for name, _ in shaped] == [f"largest, {shape}" for shape in trees.SHAPES]
    assert trees.depth(dict(shaped)["largest, left_chain"]["root"]) == 50
    sized = TREES.random_sizes(rng, (0, 3, 9))
    assert [(name, trees.count_nodes(case["root"])) for name, case in sized] == [
        ("random, 0 nodes", 0), ("random, 3 nodes", 3), ("random, 9 nodes", 9)]
    for _, case in shaped + sized + [("size", TREES.input_of_size(10**6, rng, "complete"))]:
        TREES.validate(case)


def test_a_binary_tree_case_draws_its_values_before_its_shape():
    """The order generators written before the kit used, so their hidden cases stay the same."""
    rng, again = random.Random(8), random.Random(8)
    values = Bound("Node.val", -100, 100).sample(again, 20)
    assert TREES.random(rng, 20, "random")["root"] == trees.tree(again, 20, values, "random")


def test_a_binary_tree_names_the_bound_it_breaks():
    with pytest.raises(AssertionError, match=r"number of nodes = 51, the constraint is 0 <= number of nodes <= 50"):
        TREES.validate({"root": list(range(51))})
    with pytest.raises(AssertionError, match=r"Node.val \(element 1\) = 101"):
        TREES.validate({"root": [1, None, 101]})
    with pytest.raises(AssertionError, match="trailing nulls"):
        TREES.check([1, None])


@settings(max_examples=50)
@given(BinaryTrees(Bound("number of nodes", 1, 50), Bound("Node.val", -100, 100)).strategy(small=3, max_nodes=6))
def test_the_binary_tree_strategy_draws_small_trees_with_the_fewest_nodes_allowed(case):
    assert 1 <= trees.count_nodes(case["root"]) <= 6
    assert all(-3 <= v <= 3 for v in case["root"] if v is not None)


def test_hanging_nodes_below_a_node_fills_the_open_slot_that_pick_chooses():
    children = {0: [-1, -1]}
    trees.hang(children, 0, 3, lambda open_slots: open_slots - 1, 1)  # always the newest slot: a right chain
    assert children == {0: [-1, 1], 1: [-1, 2], 2: [-1, 3], 3: [-1, -1]}
    spine = {0: [1, -1], 1: [-1, -1]}
    trees.hang(spine, 1, 100, random.Random(9).randrange, 2)
    assert trees.count_nodes(trees.level_order(list(range(102)), spine)) == 102


@settings(max_examples=20)
@given(TREES.strategy(max_nodes=4, targetSum=Bound("targetSum", -9, 9).integers()))
def test_the_binary_tree_strategy_draws_the_other_arguments_it_is_given(case):
    assert set(case) == {"root", "targetSum"} and -9 <= case["targetSum"] <= 9


def test_a_malformed_level_order_list_is_named():
    with pytest.raises(AssertionError, match="trailing nulls"):
        trees.count_nodes([1, None])
    with pytest.raises(AssertionError, match="no parent"):
        trees.count_nodes([1, None, None, 2])


@settings(max_examples=50)
@given(trees.strategy(max_nodes=9), trees.bst_strategy(max_nodes=9))
def test_tree_strategies_make_valid_trees(level, search_tree):
    assert trees.count_nodes(level) <= 9
    assert trees.is_bst(search_tree)


def test_graphs_are_what_they_say():
    rng = random.Random(4)
    dag = graphs.dag(rng, 50, 300)
    graphs.check_edges(dag, 50)
    assert not graphs.has_cycle(50, dag)
    assert graphs.has_cycle(50, graphs.with_cycle(rng, 50, 100))
    tree = graphs.tree_edges(rng, 40)
    assert len(tree) == 39 and not graphs.has_cycle(40, tree, directed=False)
    n, forest = graphs.components(rng, [3, 4, 5])
    assert n == 12 and len(forest) == 9 and not graphs.has_cycle(n, forest, directed=False)
    with pytest.raises(AssertionError, match="self-loop"):
        graphs.check_edges([[1, 1]], 3)


def test_connected_components_list_each_component_ascending_by_its_smallest_node():
    assert graphs.connected_components(6, [[4, 1], [5, 3], [3, 0]]) == [[0, 3, 5], [1, 4], [2]]
    n, forest = graphs.components(random.Random(10), [3, 4, 5])
    assert sorted(map(len, graphs.connected_components(n, forest))) == [3, 4, 5]


def test_an_edge_list_check_speaks_leetcodes_conventions():
    graphs.check_edges([[1, 3, 7], [3, 2, 0]], 3, what="times", first_node=1)
    with pytest.raises(AssertionError, match=r"times\[0\] = \[0, 3, 7\]: nodes must be in 1..3"):
        graphs.check_edges([[0, 3, 7]], 3, what="times", first_node=1)
    with pytest.raises(AssertionError, match=r"edges\[1\] = \[2, 1\]: each edge is written \[a, b\] with a < b"):
        graphs.check_edges([[0, 1], [2, 1]], 3, directed=False, ordered=True)
    with pytest.raises(AssertionError, match=r"len\(edges\) = 0, the constraint is 1 <= len\(edges\) <= 5"):
        graphs.check_edges([], 3, count=Bound("len(edges)", 1, 5))


@settings(max_examples=50)
@given(graphs.edges_strategy(directed=True, acyclic=True))
def test_the_acyclic_strategy_draws_no_cycle(graph):
    n, edges = graph
    assert not graphs.has_cycle(n, edges)


def test_grids_and_strings_and_intervals():
    rng = random.Random(5)
    grid = graphs.grid(rng, 3, 4, "01")
    assert len(grid) == 3 and all(len(row) == 4 and set(row) <= {"0", "1"} for row in grid)
    snake = graphs.snake_grid(5, 5, "X", "O")
    assert sum(row.count("O") for row in snake) == 17
    text = strings.random_string(rng, 50, "ab")
    strings.check(text, "ab", 1, 50)
    with pytest.raises(AssertionError, match=r"s\[0\] = 'c'"):
        strings.check("cab", "ab")
    assert len(set(strings.periodic(rng, 8, 2, "xy")[i::2] for i in range(2))) <= 2
    items = intervals.disjoint(rng, 10, 0, 100)
    intervals.check(items, 0, 100)
    assert all(a[1] < b[0] for a, b in zip(items, items[1:]))
    assert intervals.chain(3) == [[0, 1], [1, 2], [2, 3]]


SIDE, VALUE = Bound("m, n", 1, 200), Bound("matrix[i][j]", 0, 9)


def test_a_matrix_check_names_the_row_or_value_that_breaks_it():
    graphs.check_matrix([[0, 1], [2, 3]], SIDE, SIDE, VALUE)
    with pytest.raises(AssertionError, match="matrix must be a list of rows"):
        graphs.check_matrix([0, 1], SIDE, SIDE, VALUE)
    with pytest.raises(AssertionError, match=r"m = len\(matrix\) = 0, the constraint is 1 <= m, n <= 200"):
        graphs.check_matrix([], SIDE, SIDE, VALUE)
    with pytest.raises(AssertionError, match=r"grid\[1\] has 1 values, grid\[0\] has 2: the grid must be rectangular"):
        graphs.check_matrix([[0, 1], [2]], SIDE, SIDE, VALUE, what="grid")
    with pytest.raises(AssertionError, match=r"matrix\[1\] \(element 0\) = 10"):
        graphs.check_matrix([[0, 1], [10, 3]], SIDE, SIDE, VALUE)


def test_a_grid_of_named_cells_names_the_first_other_cell_even_one_equal_to_a_cell():
    graphs.check_matrix([["X", "O"], ["O", "O"]], SIDE, SIDE, what="board", cells="XO")
    with pytest.raises(AssertionError, match=r"board\[1\]\[0\] = 'x', the cells are 'X', 'O'"):
        graphs.check_matrix([["X", "O"], ["x", "O"]], SIDE, SIDE, what="board", cells="XO")
    with pytest.raises(AssertionError, match=r"grid\[0\]\[1\] = True, the cells are 0, 1"):
        graphs.check_matrix([[0, True]], SIDE, SIDE, what="grid", cells=[0, 1])


@settings(max_examples=50)
@given(graphs.matrix_strategy(VALUE.integers(), max_rows=4, max_cols=3))
def test_the_matrix_strategy_draws_small_rectangular_matrices(matrix):
    graphs.check_matrix(matrix, Bound("m", 1, 4), Bound("n", 1, 3), VALUE)


def test_intervals_that_must_not_be_empty_start_before_they_end():
    rng = random.Random(6)
    items = intervals.random_intervals(rng, 500, 0, 10, max_length=3, min_length=1)
    intervals.check(items, 0, 10, min_length=1)
    assert all(1 <= end - start <= 3 for start, end in items) and any(end == 10 for _, end in items)
    with pytest.raises(AssertionError, match=r"intervals\[1\] = \[4, 4\]: needs 0 <= start < end <= 10\^6"):
        intervals.check([[0, 1], [4, 4]], 0, 10**6, min_length=1)
    intervals.check([[4, 4]], 0, 10**6)


@settings(max_examples=50)
@given(intervals.short_strategy(max_start=15, max_length=6))
def test_the_short_interval_strategy_draws_close_intervals_that_are_never_empty(items):
    intervals.check(items, 0, 21, min_count=1, max_count=9, min_length=1)
    assert all(end - start <= 6 for start, end in items)


def test_a_tensor_is_a_nested_list_with_one_shape_per_level():
    assert tensors.shape(2.5) == ()
    assert tensors.shape([[1, 2, 3], [4, 5, 6]]) == (2, 3)
    assert tensors.flat([[[1], [2]], [[3], [4]]]) == [1, 2, 3, 4]


def test_a_ragged_or_empty_tensor_is_named():
    with pytest.raises(AssertionError, match=r"x is ragged: its rows have shapes \[\(1,\), \(2,\)\]"):
        tensors.shape([[1, 2], [3]], "x")
    with pytest.raises(AssertionError, match="weight has an empty dimension"):
        tensors.shape([[], []], "weight")


def test_labelled_scores_name_the_first_score_or_label_that_breaks_the_constraints():
    count = Bound("n", 1, 5)
    labelled.check([0.0, 0.5, 1.0], [0, 1, 1], count, 0.0, 1.0, "probs")
    with pytest.raises(AssertionError, match=r"probs\[1\] = 1.5 is outside \[0.0, 1.0\]"):
        labelled.check([0.0, 1.5], [0, 1], count, 0.0, 1.0, "probs")
    with pytest.raises(AssertionError, match=r"labels\[0\] = 2 is not 0 or 1"):
        labelled.check([3.0], [2], count, -50, 50)
    with pytest.raises(AssertionError, match="labels has 1 entries, scores 2"):
        labelled.check([3.0, 4.0], [1], count, -50, 50)
    with pytest.raises(AssertionError, match=r"len\(scores\) = 0, the constraint is 1 <= n <= 5"):
        labelled.check([], [], count, -50, 50)


def test_a_design_input_pairs_each_call_with_its_arguments_after_the_constructor():
    case = {"operations": ["LRUCache", "put", "get"], "arguments": [[2], [1, 1], [1]]}
    assert calls.check(case, "LRUCache", {"get": 1, "put": 2}, 10, constructor_arity=1) == [
        (1, "put", [1, 1]), (2, "get", [1])]


@pytest.mark.parametrize("operations, arguments, message", [
    (["LRUCache", "get"], [[2]], "operations has 2 calls, arguments 1: they must pair up"),
    (["get", "LRUCache"], [[1], [2]], r"the first call must be LRUCache\(\)"),
    (["LRUCache", "get"], [[], [1]], "LRUCache takes 1 arguments, found \\[\\]"),
    (["LRUCache", "delete"], [[2], [1]], "call 1: 'delete' is not one of get, put"),
    (["LRUCache", "put"], [[2], [1]], r"call 1: put takes 2 arguments, found \[1\]"),
    (["LRUCache"] + ["get"] * 11, [[2]] + [[1]] * 11, "11 calls, at most 10"),
])
def test_a_design_input_names_what_breaks_its_frame(operations, arguments, message):
    with pytest.raises(AssertionError, match=message):
        calls.check({"operations": operations, "arguments": arguments}, "LRUCache", {"get": 1, "put": 2}, 10,
                    constructor_arity=1)


def test_hidden_cases_from_the_kit_do_not_depend_on_the_hash_seed():
    """Generators must be deterministic: nothing in the kit iterates a set of strings."""
    first = [graphs.dag(random.Random(9), 30, 100), trees.tree(random.Random(9), 50, list(range(50)))]
    second = [graphs.dag(random.Random(9), 30, 100), trees.tree(random.Random(9), 50, list(range(50)))]
    assert first == second


LOOPED = LoopedLists(Bound("number of nodes", 0, 10**4), Bound("Node.val", -10**5, 10**5))


def test_a_looped_list_links_its_tail_to_pos_or_nowhere_and_says_what_is_wrong():
    for name, case in LOOPED.random_cases(random.Random(5), 6) + [("size", LOOPED.input_of_size(0, random.Random(6)))]:
        LOOPED.validate(case)
    with pytest.raises(AssertionError, match="pos = 3 is neither -1 nor an index of the list"):
        LOOPED.validate(LOOPED.case([1, 2, 3], 3))
    with pytest.raises(AssertionError, match="pos must be an int, found True"):
        LOOPED.validate(LOOPED.case([1], True))


@settings(max_examples=50)
@given(LOOPED.strategy())
def test_the_looped_list_strategy_draws_valid_lists(case):
    LOOPED.validate(case)


@settings(max_examples=50)
@given(strings.ladder_strategy(max_length=3, max_words=10))
def test_the_word_ladder_strategy_draws_inputs_its_check_accepts(case):
    strings.check_ladder(case, Bound("len(beginWord)", 1, 5), Bound("len(wordList)", 1, 500))


def test_a_word_ladder_check_names_what_breaks_it():
    length, count = Bound("len(beginWord)", 1, 5), Bound("len(wordList)", 1, 500)
    with pytest.raises(AssertionError, match="must differ"):
        strings.check_ladder({"beginWord": "ab", "endWord": "ab", "wordList": ["ab"]}, length, count)
    with pytest.raises(AssertionError, match=r"len\(wordList\[1\]\) = 3, at most 2"):
        strings.check_ladder({"beginWord": "ab", "endWord": "cb", "wordList": ["cb", "abc"]}, length, count)
    with pytest.raises(AssertionError, match="distinct"):
        strings.check_ladder({"beginWord": "ab", "endWord": "cb", "wordList": ["cb", "cb"]}, length, count)
