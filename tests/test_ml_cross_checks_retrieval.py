"""The retrieval and recommendation problems' references agree with standard libraries.

Each test runs a problem's trusted reference on its examples and hidden cases and checks
the answer against scikit-learn, scipy or plain numpy written another way, under the
convention the statement states. The libraries are test-only (pyproject's `test` extras),
never installed in the sandbox.
"""

from __future__ import annotations

import numpy as np
import pytest

from judge.cases import example_cases, hidden_cases
from judge.problem import load_problem


def _inputs(problem_id: str, most: int | None = None) -> list[tuple[str, dict]]:
    problem = load_problem(problem_id)
    cases = example_cases(problem) + hidden_cases(problem)
    return [(case.name, case.fresh_input()) for case in cases][:most]


def _reference(problem_id: str, name: str):
    return getattr(load_problem(problem_id).module("reference"), name)


def _arrays(case: dict, *names: str, dtype=float) -> list[np.ndarray]:
    return [np.asarray(case[name], dtype=dtype) for name in names]


def test_cosine_top_k_ranks_by_scikit_learns_cosine_similarity():
    pairwise = pytest.importorskip("sklearn.metrics.pairwise", reason="scikit-learn is not installed")
    problem = load_problem("cosine-top-k-retrieval")
    checker = problem.module("checker")
    cosine_top_k = _reference("cosine-top-k-retrieval", "cosine_top_k")
    for name, case in _inputs("cosine-top-k-retrieval"):
        queries, items = _arrays(case, "queries", "items")
        # scikit-learn's convention for a zero vector (similarity 0) is the statement's
        theirs = pairwise.cosine_similarity(queries, items)
        np.testing.assert_allclose(checker.similarities(queries, items), theirs, rtol=0, atol=1e-12, err_msg=name)
        answer = cosine_top_k(queries, items, case["k"])
        assert answer.shape == (len(queries), case["k"]), name
        stable = np.argsort(-theirs, axis=1, kind="stable")[:, :case["k"]]
        assert checker.check(case, None, answer.tolist()) is None, name
        assert checker.check(case, None, stable.tolist()) is None, name


def test_gauc_is_the_impression_weighted_mean_of_scikit_learns_roc_auc_per_group():
    metrics = pytest.importorskip("sklearn.metrics", reason="scikit-learn is not installed")
    gauc = _reference("gauc", "gauc")
    checked = 0
    for name, case in _inputs("gauc"):
        groups, labels = _arrays(case, "groups", "labels", dtype=np.int64)
        (scores,) = _arrays(case, "scores")
        users = np.unique(groups)
        if len(users) > 5000:
            continue  # one roc_auc_score call per user: the largest logs take too long
        total = weight = 0.0
        for user in users:
            mine = groups == user
            if 0 < labels[mine].sum() < mine.sum():
                total += mine.sum() * metrics.roc_auc_score(labels[mine], scores[mine])
                weight += mine.sum()
        assert gauc(groups, scores, labels) == pytest.approx(total / weight, rel=1e-12, abs=1e-12), name
        checked += 1
    assert checked >= 10


def test_recall_and_hit_rate_are_means_of_scikit_learns_recall_per_user():
    metrics = pytest.importorskip("sklearn.metrics", reason="scikit-learn is not installed")
    recall_and_hit_rate_at_k = _reference("recall-and-hit-rate-at-k", "recall_and_hit_rate_at_k")
    checked = 0
    for name, case in _inputs("recall-and-hit-rate-at-k"):
        recommended, held_out = _arrays(case, "recommended", "held_out", dtype=np.int64)
        held_out = held_out.reshape(-1, 2)
        k = case["k"]
        if len(recommended) > 1000:
            continue  # one recall_score call per user: the largest batch takes too long
        recalls, hits = [], []
        for user, row in enumerate(recommended):
            wanted = held_out[held_out[:, 0] == user, 1]
            if len(wanted) == 0:
                continue  # the statement leaves such users out of both means
            universe = np.union1d(wanted, row)
            truth, predicted = np.isin(universe, wanted), np.isin(universe, row[:k])
            recalls.append(metrics.recall_score(truth, predicted))
            hits.append(float(np.any(truth & predicted)))
        ours = recall_and_hit_rate_at_k(recommended, held_out, k)
        assert ours == pytest.approx([np.mean(recalls), np.mean(hits)], rel=1e-12, abs=1e-12), name
        checked += 1
    assert checked >= 10


def test_factorization_machine_equals_the_pairwise_definition():
    """No standard library ships a factorization machine: the definition's double sum over
    pairs, with the d x d Gram matrix of the latent vectors, is the independent check."""
    fm_predict = _reference("factorization-machine", "fm_predict")
    for name, case in _inputs("factorization-machine"):
        x, w, v = _arrays(case, "x", "w", "v")
        if x.shape[1] > 1000:
            continue  # the n x n Gram matrix of the largest cases is too large to be worth it
        pairs = np.triu(v @ v.T, k=1)
        expected = case["w0"] + x @ w + np.einsum("bi,ij,bj->b", x, pairs, x)
        np.testing.assert_allclose(fm_predict(x, case["w0"], w, v), expected, rtol=1e-9, atol=1e-9, err_msg=name)


def test_dcn_cross_layers_equal_the_outer_product_form():
    """The paper's form x_0 x_l^T w_l + b_l + x_l, with the d x d outer product built."""
    cross_network = _reference("dcn-cross-layer", "cross_network")
    for name, case in _inputs("dcn-cross-layer"):
        x0, weights, biases = _arrays(case, "x0", "weights", "biases")
        if x0.shape[0] * x0.shape[1] ** 2 > 2 * 10**7:
            continue  # the batch of outer products would take too much memory
        x = x0
        for w, b in zip(weights, biases):
            x = np.einsum("bi,bj,j->bi", x0, x, w) + b + x
        np.testing.assert_allclose(cross_network(x0, weights, biases), x, rtol=1e-9, atol=1e-9, err_msg=name)


def test_mmoe_gates_are_scipys_softmax_over_the_experts():
    special = pytest.importorskip("scipy.special", reason="scipy is not installed")
    mmoe_forward = _reference("mmoe-gating", "mmoe_forward")
    for name, case in _inputs("mmoe-gating"):
        x, expert_weights, expert_biases, gate_weights = _arrays(
            case, "x", "expert_weights", "expert_biases", "gate_weights")
        experts = [np.maximum(x @ w + c, 0.0) for w, c in zip(expert_weights, expert_biases)]
        expected = []
        for gate in gate_weights:
            g = special.softmax(x @ gate, axis=1)
            expected.append(sum(g[:, [e]] * experts[e] for e in range(len(experts))))
        np.testing.assert_allclose(mmoe_forward(x, expert_weights, expert_biases, gate_weights),
                                   np.stack(expected), rtol=1e-9, atol=1e-9, err_msg=name)


def test_sampled_softmax_loss_is_scipys_log_softmax_and_its_gradient_matches_finite_differences():
    special = pytest.importorskip("scipy.special", reason="scipy is not installed")
    loss_and_grad = _reference("two-tower-sampled-softmax-logq", "sampled_softmax_logq")
    rng = np.random.default_rng(0)
    for name, case in _inputs("two-tower-sampled-softmax-logq"):
        u, v, probs = _arrays(case, "query_emb", "item_emb", "item_probs")
        (ids,) = _arrays(case, "item_ids", dtype=np.int64)
        t = case["temperature"]

        def scipy_loss(queries):
            losses = []
            for i in range(len(queries)):
                keep = (ids != ids[i]) | (np.arange(len(ids)) == i)
                logits = v[keep] @ queries[i] / t - np.log(probs[keep])
                losses.append(-special.log_softmax(logits)[np.flatnonzero(np.flatnonzero(keep) == i)[0]])
            return float(np.mean(losses))

        loss, grad = loss_and_grad(u, v, ids, probs, t)
        assert loss == pytest.approx(scipy_loss(u), rel=1e-9, abs=1e-9), name
        if len(u) > 400:
            continue  # finite differences call the loss twice per coordinate checked
        for _ in range(3):  # central differences on random coordinates
            i, j = rng.integers(len(u)), rng.integers(u.shape[1])
            step = 1e-5 * t
            up, down = u.copy(), u.copy()
            up[i, j] += step
            down[i, j] -= step
            numeric = (scipy_loss(up) - scipy_loss(down)) / (2 * step)
            assert grad[i, j] == pytest.approx(numeric, rel=1e-4, abs=1e-7), (name, i, j)


def test_skip_gram_gradients_match_central_differences_of_scipys_log_expit():
    special = pytest.importorskip("scipy.special", reason="scipy is not installed")
    sgns = _reference("skip-gram-negative-sampling", "sgns_loss_and_grads")
    rng = np.random.default_rng(1)
    for name, case in _inputs("skip-gram-negative-sampling"):
        w_in, w_out = _arrays(case, "w_in", "w_out")
        centers, contexts, negatives = _arrays(case, "centers", "contexts", "negatives", dtype=np.int64)

        def scipy_loss(w_in, w_out):
            u = w_in[centers]
            s_pos = np.sum(u * w_out[contexts], axis=1)
            s_neg = np.einsum("bd,bkd->bk", u, w_out[negatives])
            return -(special.log_expit(s_pos).sum() + special.log_expit(-s_neg).sum()) / len(centers)

        loss, grad_in, grad_out = sgns(w_in, w_out, centers, contexts, negatives)
        assert loss == pytest.approx(scipy_loss(w_in, w_out), rel=1e-9, abs=1e-9), name
        for table, grad, which in ((w_in, grad_in, 0), (w_out, grad_out, 1)):
            for _ in range(3):
                row = int(rng.choice(np.concatenate([centers, contexts]) if which == 0 else negatives.ravel()))
                col = int(rng.integers(table.shape[1]))
                step = 1e-6
                up, down = table.copy(), table.copy()
                up[row, col] += step
                down[row, col] -= step
                pair = (up, w_out) if which == 0 else (w_in, up)
                pair_down = (down, w_out) if which == 0 else (w_in, down)
                numeric = (scipy_loss(*pair) - scipy_loss(*pair_down)) / (2 * step)
                assert grad[row, col] == pytest.approx(numeric, rel=1e-4, abs=1e-6), (name, which, row, col)


def test_swing_similarity_equals_the_definition_on_the_smaller_cases():
    """No standard library computes Swing: the definition, item pair by item pair and then
    user pair by user pair, is the independent check."""
    from itertools import combinations

    swing = _reference("item-cf-swing-similarity", "swing_similarity")
    checked = 0
    for name, case in _inputs("item-cf-swing-similarity"):
        if case["n_items"] > 100 or len(case["interactions"]) > 3000:
            continue
        items_of = [set() for _ in range(case["n_users"])]
        users_of = [set() for _ in range(case["n_items"])]
        for u, i in case["interactions"]:
            items_of[u].add(i)
            users_of[i].add(u)
        expected = np.zeros((case["n_items"], case["n_items"]))
        for i, j in combinations(range(case["n_items"]), 2):
            total = sum(1.0 / (case["alpha"] + len(items_of[u] & items_of[v]))
                        for u, v in combinations(sorted(users_of[i] & users_of[j]), 2))
            expected[i, j] = expected[j, i] = total
        got = swing(np.asarray(case["interactions"], dtype=np.int64), case["n_users"], case["n_items"], case["alpha"])
        np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12, err_msg=name)
        checked += 1
    assert checked >= 5


# The sampling problems fix their draws, so their answers are deterministic; these tests
# check that the fixed draws give the distribution the statements promise. Each is a
# chi-square test at significance 1e-6 on fixed seeds: it cannot flake, and a correct
# sampler would fail it with probability 1e-6 over the choice of seeds.
SIGNIFICANCE = 1e-6


def test_alias_sampler_draws_follow_the_unigram_power_distribution():
    stats = pytest.importorskip("scipy.stats", reason="scipy is not installed")
    alias_sampler = _reference("alias-method-sampler", "alias_sampler")
    counts = np.array([0, 1, 5, 40, 3, 0, 120, 7, 2, 60], dtype=np.int64)
    for power in (0.0, 0.75, 1.0):
        weights = np.where(counts > 0, counts.astype(float) ** power, 0.0)
        p = weights / weights.sum()
        _, _, samples = alias_sampler(counts, power, 200_000, 12345)
        observed = np.bincount(samples, minlength=len(counts))
        assert observed[p == 0].sum() == 0, "an unseen word was drawn"
        seen = p > 0
        result = stats.chisquare(observed[seen], p[seen] * len(samples))
        assert result.pvalue > SIGNIFICANCE, (power, observed.tolist())


def test_reservoir_keeps_every_item_with_probability_k_over_n():
    stats = pytest.importorskip("scipy.stats", reason="scipy is not installed")
    reservoir_sample = _reference("reservoir-sampling", "reservoir_sample")
    n, k, runs = 12, 4, 20_000
    stream = np.arange(100, 100 + n, dtype=np.int64)
    kept = np.zeros(n)
    for seed in range(runs):
        kept[reservoir_sample(stream, k, seed) - 100] += 1
    assert kept.sum() == k * runs
    assert stats.chisquare(kept, np.full(n, k * runs / n)).pvalue > SIGNIFICANCE, kept.tolist()


def test_weighted_sampling_draws_first_with_probability_proportional_to_weight():
    stats = pytest.importorskip("scipy.stats", reason="scipy is not installed")
    sample = _reference("weighted-sampling-without-replacement", "weighted_sample_without_replacement")
    weights = np.array([1.0, 0.0, 4.0, 2.0, 0.5, 2.5])
    runs = 20_000
    firsts = np.bincount([int(sample(weights, 3, seed)[0]) for seed in range(runs)], minlength=len(weights))
    assert firsts[1] == 0, "a zero weight was drawn"
    positive = weights > 0
    expected = weights[positive] / weights.sum() * runs
    assert stats.chisquare(firsts[positive], expected).pvalue > SIGNIFICANCE, firsts.tolist()
