"""The classic-ML, calibration, experiment and sequence problems' references agree with the
standard libraries (scikit-learn, scipy, statsmodels) under the conventions their statements
state, on every example, hand-written case and hidden case.

The libraries are test extras (pyproject.toml), installed on the host only, never in the sandbox.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
import yaml

PROBLEMS = Path(__file__).resolve().parent.parent / "problems"


def _module(problem_id: str, name: str):
    path = PROBLEMS / problem_id / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"cross_check_{problem_id.replace('-', '_')}_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _arguments(problem_id: str):
    """Every example, hand-written case and hidden case, built as the sandbox builds them."""
    spec = yaml.safe_load((PROBLEMS / problem_id / "problem.yaml").read_text())
    types = {p["name"]: p["type"] for p in spec["function"]["params"]}
    inputs = [example["input"] for example in spec.get("examples", [])]
    hand_written = PROBLEMS / problem_id / "cases.yaml"
    if hand_written.exists():
        inputs += [case["input"] for case in yaml.safe_load(hand_written.read_text())]
    inputs += [case for _, case in _module(problem_id, "generators").hidden_cases()]
    for case in inputs:
        yield {name: _built(types[name], value) for name, value in case.items()}


def _built(kind: str, value):
    if kind.startswith("ndarray"):
        dtype = np.int64 if kind == "ndarray[int64]" else np.float64
        return np.asarray(value, dtype=dtype)
    return value


def _reference(problem_id: str):
    spec = yaml.safe_load((PROBLEMS / problem_id / "problem.yaml").read_text())
    return getattr(_module(problem_id, "reference"), spec["function"]["name"])


def test_expected_calibration_error_matches_sklearn_calibration_curve():
    calibration = pytest.importorskip("sklearn.calibration", reason="scikit-learn is not installed")
    ece = _reference("expected-calibration-error")
    for args in _arguments("expected-calibration-error"):
        p, y, n_bins = args["probs"], args["labels"], args["n_bins"]
        if len(np.unique(y)) < 2:  # calibration_curve needs both classes to name the positive one
            y = np.r_[y, 1 - y[:1]]
            p = np.r_[p, p[:1]]
        prob_true, prob_pred = calibration.calibration_curve(y, p, n_bins=n_bins, strategy="uniform")
        # calibration_curve reports only non-empty bins; their sizes come from its own binning rule.
        counts = np.bincount(np.searchsorted(np.linspace(0, 1, n_bins + 1)[1:-1], p), minlength=n_bins)
        counts = counts[counts > 0]
        expected = float(np.sum(counts / len(p) * np.abs(prob_true - prob_pred)))
        assert ece(p, y, n_bins) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_brier_score_and_log_loss_match_sklearn():
    metrics = pytest.importorskip("sklearn.metrics", reason="scikit-learn is not installed")
    scores = _reference("brier-score-and-log-loss")
    for args in _arguments("brier-score-and-log-loss"):
        p, y = args["probs"], args["labels"]
        brier, log_loss = scores(p, y)
        assert brier == pytest.approx(metrics.brier_score_loss(y, p, pos_label=1), rel=1e-9, abs=1e-12)
        expected = metrics.log_loss(y, np.c_[1 - p, p], labels=[0, 1])  # clips at float64's eps since 1.5
        assert log_loss == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_isotonic_regression_matches_sklearn():
    isotonic = pytest.importorskip("sklearn.isotonic", reason="scikit-learn is not installed")
    fit = _reference("isotonic-regression-pav")
    for args in _arguments("isotonic-regression-pav"):
        y, w = args["y"], args["weights"]
        expected = isotonic.IsotonicRegression(increasing=True).fit_transform(np.arange(len(y)), y, sample_weight=w)
        np.testing.assert_allclose(fit(y, w), expected, rtol=1e-9, atol=1e-9)


def test_platt_scaling_is_scipys_minimiser_of_the_smoothed_cross_entropy():
    optimize = pytest.importorskip("scipy.optimize", reason="scipy is not installed")
    special = pytest.importorskip("scipy.special", reason="scipy is not installed")
    fit = _reference("platt-scaling")
    for args in _arguments("platt-scaling"):
        s, y = args["scores"], args["labels"]
        n_pos = int(y.sum())
        t = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (len(y) - n_pos + 2))

        def loss(theta):
            z = theta[0] * s + theta[1]
            return np.sum(np.logaddexp(0, z) - t * z)

        def gradient(theta):
            d = special.expit(theta[0] * s + theta[1]) - t
            return np.array([d @ s, d.sum()])

        def hessian(theta):
            p = special.expit(theta[0] * s + theta[1])
            w = p * (1 - p)
            return np.array([[w @ (s * s), w @ s], [w @ s, w.sum()]])

        result = optimize.minimize(loss, np.zeros(2), jac=gradient, hess=hessian, method="trust-exact",
                                   options={"gtol": 1e-10})
        np.testing.assert_allclose(fit(s, y), result.x, rtol=1e-6, atol=1e-6)


def test_focal_loss_matches_the_direct_formula_in_extended_precision():
    """No library ships a numpy focal loss: the paper's formula, computed directly in long double
    (x86's 80-bit floats reach e^(10^4)), with 1 - p_t as 1 / (1 + e^z_t) and -ln p_t as
    ln(1 + e^-z_t), so nothing cancels."""
    if np.finfo(np.longdouble).maxexp <= 1024:
        pytest.skip("numpy's long double here is no wider than float64, so e^(10^4) overflows")
    loss = _reference("focal-loss")
    for args in _arguments("focal-loss"):
        z = args["logits"].astype(np.longdouble)
        y = args["labels"]
        alpha, gamma = np.longdouble(args["alpha"]), np.longdouble(args["gamma"])
        z_t = np.where(y == 1, z, -z)
        alpha_t = np.where(y == 1, alpha, 1 - alpha)
        one_minus_p_t = 1 / (1 + np.exp(z_t))
        expected = alpha_t * one_minus_p_t ** gamma * np.log1p(np.exp(-z_t))  # -ln p_t = ln(1 + e^-z_t)
        np.testing.assert_allclose(loss(args["logits"], y, args["alpha"], args["gamma"]), expected.astype(np.float64),
                                   rtol=1e-12, atol=1e-300)


def test_kl_divergence_matches_scipy_rel_entr_and_entropy():
    special = pytest.importorskip("scipy.special", reason="scipy is not installed")
    stats = pytest.importorskip("scipy.stats", reason="scipy is not installed")
    kl = _reference("kl-divergence")
    for args in _arguments("kl-divergence"):
        p, q = args["p"], args["q"]
        got = kl(p, q)
        np.testing.assert_allclose(got, special.rel_entr(p, q).sum(axis=1), rtol=1e-9, atol=1e-12)
        # entropy() renormalises each row first; the rows already sum to 1 within rounding.
        np.testing.assert_allclose(got, stats.entropy(p, q, axis=1), rtol=1e-9, atol=1e-12)


def test_best_split_matches_a_depth_one_sklearn_tree():
    tree = pytest.importorskip("sklearn.tree", reason="scikit-learn is not installed")
    split = _reference("gini-entropy-best-split")
    for args in _arguments("gini-entropy-best-split"):
        # scikit-learn's trees work on float32 features: give both the same float32 values.
        x = args["x"].astype(np.float32).astype(np.float64)
        y, criterion = args["y"], args["criterion"]
        if len(np.unique(x)) < 2 or len(np.unique(y)) < 2:
            continue  # a pure root or a single value: scikit-learn makes no split at all
        model = tree.DecisionTreeClassifier(max_depth=1, criterion=criterion).fit(x[:, None], y)
        t = model.tree_
        sizes, impurity = t.n_node_samples, t.impurity
        sklearn_gain = impurity[0] - (sizes[1] * impurity[1] + sizes[2] * impurity[2]) / sizes[0]
        threshold, gain = split(x, y, criterion)
        assert gain == pytest.approx(sklearn_gain, rel=1e-9, abs=1e-9)
        # scikit-learn keeps the first strictly better split it scans, so exact ties in
        # floating point go to its lowest threshold too; ties by rounding may go either way.
        if threshold != pytest.approx(t.threshold[0], rel=1e-9, abs=1e-12):
            assert threshold < t.threshold[0]


def test_gaussian_naive_bayes_matches_sklearn_gaussiannb():
    naive_bayes = pytest.importorskip("sklearn.naive_bayes", reason="scikit-learn is not installed")
    predict = _reference("gaussian-naive-bayes")
    for args in _arguments("gaussian-naive-bayes"):
        X, y, T, smoothing = args["X_train"], args["y_train"], args["X_test"], args["var_smoothing"]
        model = naive_bayes.GaussianNB(var_smoothing=smoothing).fit(X, y)
        assert model.classes_.tolist() == list(range(int(y.max()) + 1))
        np.testing.assert_allclose(predict(X, y, T, smoothing), model.predict_proba(T), rtol=1e-6, atol=1e-9)


def test_pca_matches_sklearn_pca_with_its_sign_convention():
    decomposition = pytest.importorskip("sklearn.decomposition", reason="scikit-learn is not installed")
    pca = _reference("pca-via-svd")
    for args in _arguments("pca-via-svd"):
        X, k = args["X"], args["n_components"]
        model = decomposition.PCA(n_components=k, svd_solver="full").fit(X)
        components, ratio = pca(X, k)
        np.testing.assert_allclose(components, model.components_, rtol=1e-6, atol=1e-7)
        np.testing.assert_allclose(ratio, model.explained_variance_ratio_, rtol=1e-6, atol=1e-7)


@pytest.mark.filterwarnings("ignore:Precision loss occurred in moment calculation")  # the constant sample
def test_welch_t_test_matches_scipy_ttest_ind_unequal_variances():
    stats = pytest.importorskip("scipy.stats", reason="scipy is not installed")
    welch = _reference("welch-t-test")
    for args in _arguments("welch-t-test"):
        a, b, confidence = args["a"], args["b"], args["confidence"]
        result = stats.ttest_ind(a, b, equal_var=False)
        interval = result.confidence_interval(confidence)
        expected = (result.statistic, result.df, result.pvalue, interval.low, interval.high)
        np.testing.assert_allclose(welch(a, b, confidence), expected, rtol=1e-6, atol=1e-12)


def test_benjamini_hochberg_matches_statsmodels_multipletests():
    multitest = pytest.importorskip("statsmodels.stats.multitest", reason="statsmodels is not installed")
    bh = _reference("benjamini-hochberg")
    for args in _arguments("benjamini-hochberg"):
        p, q = args["p_values"], args["q"]
        rejected, corrected, _, _ = multitest.multipletests(p, alpha=q, method="fdr_bh")
        adjusted, ours = bh(p, q)
        np.testing.assert_allclose(adjusted, corrected, rtol=1e-9, atol=1e-12)
        np.testing.assert_array_equal(ours, rejected)


def test_rotary_embedding_is_metas_interleaved_rope_after_the_half_split_permutation():
    """No numpy RoPE ships with the standard libraries (Hugging Face's needs torch): check against
    Meta LLaMA's complex-number formulation, which pairs adjacent coordinates, after moving
    coordinate i + d/2 next to i; and RoPE's defining property, that the score of a rotated query
    and key depends only on their relative position."""
    rope = _reference("rope-rotary-embedding")
    for args in _arguments("rope-rotary-embedding"):
        x, positions, base = args["x"], args["positions"], args["base"]
        n, d = x.shape
        interleave = np.ravel(np.column_stack([np.arange(d // 2), np.arange(d // 2) + d // 2]))
        freqs = 1.0 / base ** (np.arange(0, d, 2)[: d // 2] / d)  # Meta's precompute_freqs_cis, in float64
        cis = np.exp(1j * np.outer(positions, freqs))
        pairs = x[:, interleave].reshape(n, d // 2, 2)
        rotated = (pairs[..., 0] + 1j * pairs[..., 1]) * cis
        meta = np.stack([rotated.real, rotated.imag], axis=-1).reshape(n, d)
        expected = np.empty_like(meta)
        expected[:, interleave] = meta
        np.testing.assert_allclose(rope(x, positions, base), expected, rtol=1e-7, atol=1e-9)
    rng = np.random.default_rng(0)
    q, k = rng.normal(size=(1, 64)), rng.normal(size=(1, 64))
    scores = [(rope(q, np.array([m + 7]), 1e4) @ rope(k, np.array([m]), 1e4).T).item() for m in (0, 100, 5000)]
    assert scores == pytest.approx([scores[0]] * 3, rel=1e-9)


def test_top_k_top_p_sampling_draws_as_generator_choice_and_from_the_filtered_distribution():
    """No library samples with exactly these conventions; check the draw against numpy's own
    Generator.choice over the tokens left (one rng.random() against the cumulative sum), and the
    frequencies over 20,000 seeds against the filtered distribution with scipy's chi-square test
    (deterministic seeds; a correct sampler fails it with probability 1e-6)."""
    stats = pytest.importorskip("scipy.stats", reason="scipy is not installed")
    sample = _reference("top-k-top-p-sampling")
    for args in _arguments("top-k-top-p-sampling"):
        z = args["logits"] / args["temperature"]
        ranked = sorted(range(len(z)), key=lambda i: (-z[i], i))[: args["top_k"]]
        weights = np.exp(z[ranked] - z[ranked[0]])
        probs = weights / weights.sum()
        keep = min(int(np.argmax(np.cumsum(probs) >= args["top_p"])) + 1 if args["top_p"] < 1 else len(ranked),
                   len(ranked))
        left = probs[:keep] / probs[:keep].sum()
        chosen = np.random.default_rng(args["seed"]).choice(np.array(ranked[:keep]), p=left)
        assert sample(**args) == chosen
    logits, temperature, top_k, top_p = np.array([2.0, 1.0, 0.5, 3.0, 1.0, -1.0]), 0.8, 5, 0.9
    counts = np.bincount([sample(logits, temperature, top_k, top_p, seed) for seed in range(20_000)], minlength=6)
    z = logits / temperature
    kept = [3, 0, 1]  # top-5 drops token 5; the nucleus reaches 0.9 at token 1 (0.916), dropping 4 and 2
    expected = np.zeros(6)
    expected[kept] = np.exp(z[kept]) / np.exp(z[kept]).sum() * 20_000
    assert counts[[2, 4, 5]].sum() == 0
    assert stats.chisquare(counts[kept], expected[kept]).pvalue > 1e-6
