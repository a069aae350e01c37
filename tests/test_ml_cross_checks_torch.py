"""The PyTorch problems' numpy references, checked on the host (which has no torch).

Each `frameworks: [torch]` problem's reference is numpy, run on the host; its cross-check
against PyTorch itself is an accepted/library_*.py that calls torch's own implementation,
which `judge verify` proves on the torch image. Here: every torch problem has a numpy
reference that needs no torch, every one with a torch implementation has that library
solution, and the hand-written backward of the autograd problem agrees with central finite
differences of its forward pass on every case.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
import yaml

from judge.problem import load_problem_folder

PROBLEMS = Path(__file__).resolve().parent.parent / "problems"
# Found by their spec's text, so a problem elsewhere in the bank being edited cannot stop this file.
TORCH_PROBLEMS = [load_problem_folder(spec.parent) for spec in sorted(PROBLEMS.glob("*/problem.yaml"))
                  if "torch" in (yaml.safe_load(spec.read_text()) or {}).get("frameworks", [])]
# The problems whose statement is a torch function's convention, and the accepted/ file calling it.
LIBRARY_SOLUTIONS = {
    "label-smoothed-cross-entropy-torch": "library_cross_entropy.py",
    "embedding-bag-torch": "library_embedding_bag.py",
    "adamw-training-step-torch": "library_adamw.py",
    "masked-multi-head-attention-torch": "library_multihead_attention.py",
    "mish-autograd-function-torch": "library_mish.py",
}


def _module(problem_id: str, name: str):
    path = PROBLEMS / problem_id / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"torch_check_{problem_id.replace('-', '_')}_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _inputs(problem_id: str) -> list[dict]:
    spec = yaml.safe_load((PROBLEMS / problem_id / "problem.yaml").read_text())
    inputs = [example["input"] for example in spec.get("examples", [])]
    inputs += [case["input"] for case in yaml.safe_load((PROBLEMS / problem_id / "cases.yaml").read_text())]
    return inputs + [case for _, case in _module(problem_id, "generators").hidden_cases()]


def test_the_bank_has_eight_pytorch_native_ml_problems():
    assert len(TORCH_PROBLEMS) >= 8
    assert all(problem.track == "ml" and "pytorch" in problem.tags for problem in TORCH_PROBLEMS)


@pytest.mark.parametrize("problem", TORCH_PROBLEMS, ids=lambda problem: problem.id)
def test_a_torch_problems_reference_is_numpy_and_needs_no_torch(problem):
    source = (problem.folder / "reference.py").read_text()
    assert "import torch" not in source and "from torch" not in source


@pytest.mark.parametrize("problem_id, solution", sorted(LIBRARY_SOLUTIONS.items()))
def test_a_torch_implementation_of_the_statement_is_an_accepted_solution(problem_id, solution):
    source = (PROBLEMS / problem_id / "accepted" / solution).read_text()
    assert "torch" in source, f"{problem_id}: {solution} should call torch's own implementation"


def test_the_mish_backward_agrees_with_central_finite_differences():
    reference = _module("mish-autograd-function-torch", "reference")
    for case in _inputs("mish-autograd-function-torch"):
        x = np.asarray(case["x"], dtype=np.float64).ravel()
        step = 1e-6 * np.maximum(1.0, np.abs(x))
        numeric = (reference.mish(x + step) - reference.mish(x - step)) / (2 * step)
        analytic = reference.mish_derivative(x)
        assert np.all(np.isfinite(analytic))
        np.testing.assert_allclose(analytic, numeric, rtol=1e-6, atol=1e-7)
        upstream = np.asarray(case["grad_output"], dtype=np.float64).ravel()
        _, gradient = reference.mish_forward_backward(x, upstream)
        np.testing.assert_allclose(gradient, upstream * analytic, rtol=1e-15, atol=0)
